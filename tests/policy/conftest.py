from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.policy import PolicyEngine

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
CORPUS = ROOT / "tests" / "data" / "corpus" / "public.jsonl"


@pytest.fixture(scope="session")
def engine() -> PolicyEngine:
    return PolicyEngine.load(POLICIES)
