"""Precision: category words used about something else stay (policies/redaction/precision.yaml), and
a street or place that locates the school or the incident stays while a residence goes."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor


@pytest.mark.parametrize(
    "text",
    [
        "He ate an Italian sub at lunch and then hit him.",
        "They watched a Vietnam War documentary in history class when he pulled a knife.",
        "He wore a Canada Goose jacket and had a gun.",
        "He stole a Visa gift card and a knife.",
        "The fight happened at the ice rink.",
        "The stage crew found a knife backstage.",
        "He ate Chinese food and had a gun.",
        "He had French fries and a knife.",
        "She had a knife in the ESL classroom.",
        "He was at the Catholic Charities food pantry with a knife.",
        "He had a knife in Spanish class.",
        "He wore a Chicago Bulls jersey and had a gun.",
        # residence, not places
        "He was found with a knife at the Dorchester Ave entrance.",
        "He pulled a knife at the White St entrance.",
        "He pulled a knife at the Mass Ave bus stop.",
        "He pulled a knife outside East Boston High School.",
        "He pulled a knife near the Chinatown gate after dismissal.",
    ],
)
def test_stays(redactor: Redactor, text: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert out == text and not reds, out


@pytest.mark.parametrize(
    "text",
    [
        "He speaks Spanish in class. He had a knife.",
        "He is in the ESL program. He had a knife.",
        "He lives near the Mass Ave bus stop. He had a knife.",
        "His family lives by the Dorchester Ave entrance of the projects. He had a knife.",
        "He lives in Old Colony. He had a knife.",
        "He is staying off Norfolk Ave. He had a knife.",
        "His family is Italian. He had a knife.",
    ],
)
def test_statement_still_goes(redactor: Redactor, text: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert reds and out == f"{MARKER}. He had a knife.", out
