"""Round twelve: the twelfth outsider's corpus (tests/data/corpus/outsider_l.jsonl, held out until
this round) and a known over-withholding from earlier rounds, each tested in words of our own."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor

PATH = "incident.description"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a neighbourhood in brackets says where someone lives when the paragraph says so
        ("She lives on Main St. near the Strand Theatre (Uphams Corner). He pulled a knife.", "Uphams"),
        ("He stays with his aunt, at the Holloway Apartments (Mattapan), and pulled a knife.", "Mattapan"),
        # ... and after anything but a named venue it is still a neighbourhood
        ("He hangs out at the corner store (Uphams Corner) and he pulled a knife.", "Uphams"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out
    assert f"{MARKER}{MARKER}" not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a neighbourhood in brackets after a named venue locates the incident
        ("He was at the Strand Theatre (Uphams Corner) when he pulled a box cutter.", ["Strand Theatre (Uphams Corner)"]),
        ("The fight spilled out in front of the Hibernian Hall (Dudley Square), where he drew a knife.", ["(Dudley Square)"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    out, _ = redactor.redact_text(text, PATH)
    for k in kept:
        assert k in out, out
