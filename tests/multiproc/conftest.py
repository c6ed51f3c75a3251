from __future__ import annotations

from .helpers import fleet, pg_schema

__all__ = ["fleet", "pg_schema"]
