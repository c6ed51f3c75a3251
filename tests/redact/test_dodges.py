"""Text that dodges the lexicons is still withheld: look-alike letters from other scripts, letters
spaced out or split by punctuation, misspellings of longer terms. English words near a term stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gatekeeper.redact import MARKER, Redactor


@pytest.mark.parametrize(
    "text",
    [
        "He is Ηаіtіаn and had a knife.",  # Greek eta, Cyrillic a and i
        "The student is ｕｎｄｏｃｕｍｅｎｔｅｄ and had a knife.",
        "The student is un𝐝ocumented and had a knife.",  # mathematical bold d
        "The student is u n d o c u m e n t e d and had a knife.",
        "The student is u.n.d.o.c.u.m.e.n.t.e.d and had a knife.",
        "The student is S-O-M-A-L-I and had a knife.",
        "Mom says he is Ha*iti.an and had a knife.",
        "The student is undocumentd and had a knife.",
        "The student came from Guatamala and had a knife.",
        "The student is an imigrant and had a knife.",
        "The student is a refugie and had a knife.",
        "The student speaks Spannish and had a knife.",
    ],
)
def test_dodge_is_withheld(redactor: Redactor, text: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert reds, out
    assert out.endswith("had a knife.") and MARKER in out, out


@pytest.mark.parametrize(
    "text",
    [
        "He wore a trench coat to class.",
        "The room is a refuge for students at lunch.",
        "Her scarf was muslin.",
        "He drank an arabica coffee.",
        "The assignment was about the U.S. Constitution.",
        "We met at 10:15 a.m. in Room 112.",
    ],
)
def test_english_near_a_term_stays(redactor: Redactor, text: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert out == text and not reds


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(token=st.one_of(st.uuids().map(lambda u: u.hex), st.from_regex(r"(?:BPS|BHS|SCH|BPD)-[1-9][0-9]{2,3}", fullmatch=True)))
def test_identifiers_are_never_findings(redactor: Redactor, token: str) -> None:
    """Request ids and labels (hex, "BPS-1001") hold letters but no words of any language."""
    assert redactor.scan(token) == []
