"""Shared loader for the upstream test vectors in tests/data/vectors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

VECTORS = Path(__file__).resolve().parent.parent / "data" / "vectors"


def load_vectors(name: str) -> Any:
    return json.loads((VECTORS / name).read_text())
