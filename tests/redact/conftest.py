from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.redact import Redactor

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor.load(ROOT / "policies")
