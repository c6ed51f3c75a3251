"""Gaps found by the emulated corpus (tests/corpus/make_emulated.py): each forbidden phrase must be
withheld, and the incident fact must stay."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from gatekeeper.core.answers import decision_json
from gatekeeper.core.engine import Gate
from gatekeeper.service.requests import parse_request

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def gate() -> Gate:
    return Gate.load(ROOT / "policies")


def police_copy(sentence: str) -> str:
    raw = {"request_id": "gap", "school_id": "BPS-1", "recipient": "bpd", "ground": "weapon", "weapon": "knife",
           "incident": {"occurred_at": "2026-02-10T10:21:00-05:00", "location": "Brighton High School",
                        "description": "A dean found a knife in his bag. " + sentence},
           "student": {"student_id": "S1", "name": "Liam Norwood", "date_of_birth": "2010-01-01", "grade": 9,
                       "school": "Brighton High School"}}
    g = gate()
    req = parse_request(raw, g)
    ev = g.evaluate(req)
    d = decision_json(req.request_id, ev, ev.decision.ground or "weapon")
    assert d["decision"] == "allow"
    return json.dumps(d, ensure_ascii=False)


@pytest.mark.parametrize(("sentence", "forbidden"), [
    ("His family rents an apartment on Bowdoin St.", "Bowdoin"),
    ("Her family rents a room in a house on Geneva Ave.", "Geneva"),
    ("He lives in a triple-decker on Ruthven St.", "Ruthven"),
    ("He sleeps at his grandmother's place on Harvard St.", "Harvard St"),
    ("He lives in an apartment above the bodega on Dudley St.", "Dudley"),
    ("He does not have a Social Security number.", "Social Security"),
    ("He was baptized at Twelfth Baptist Church.", "baptized"),
    ("He was born outside the United States.", "born outside"),
    ("She was raised abroad.", "raised abroad"),
])
def test_gap_is_withheld(sentence: str, forbidden: str) -> None:
    text = police_copy(sentence)
    assert forbidden.lower() not in text.lower()
    assert "knife" in text


@pytest.mark.parametrize("sentence", [
    "He left the student center at noon.",
    "The third floor was evacuated.",
    "He has a student ID.",
])
def test_short_street_triggers_leave_plain_text(sentence: str) -> None:
    text = police_copy(sentence)
    assert sentence in text
