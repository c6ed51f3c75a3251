"""Breadth-sweep findings (tests/data/corpus/sweep.jsonl, tests/corpus/make_sweep.py), pinned per
mechanism: nonimmigrant visa classes ("an F-1 student", "Status: J-1"), census and pan-ethnic
wordings ("Two or More Races", "MENA", "AAPI"), demonyms not yet listed, peoples whose names are also
products or first names (only when they describe a person), crews named after a street ("the Morse
Street set"), and qualified faiths ("Byzantine Catholic", "Modern Orthodox"). Everyday uses stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor


def released(redactor: Redactor, text: str) -> str:
    return str(redactor.redact_text(text, "incident.description")[0])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Staff believe he is a F-1 student.", "F-1"),
        ("She is a J-1 exchange student.", "J-1"),
        ("The student is an H-4 dependent.", "H-4"),
        ("Status: F-1.", "F-1"),
        ("She is on an H-1B visa.", "H-1B"),
        ("The student is LPR.", "LPR"),
        ("The student is FLEP.", "FLEP"),
        ("He is Two or More Races.", "Races"),
        ("The student identifies as MENA.", "MENA"),
        ("The student is AAPI.", "AAPI"),
        ("The family is Tobagonian.", "Tobagonian"),
        ("He is Martinican American.", "Martinican"),
        ("The student is Cherokee.", "Cherokee"),
        ("The student is non-Hispanic white.", "white"),
        ("She is Indo-Caribbean.", "Caribbean"),
        ("Police say he is in the Morse Street set.", "Morse"),
        ("She runs with the Cameron St. clique.", "Cameron"),
        ("She is Byzantine Catholic.", "Byzantine"),
        ("The family is Modern Orthodox.", "Modern"),
        ("The student is non-denominational Christian.", "denominational"),
        ("The family is Charismatic.", "Charismatic"),
        ("The family is Nation of Islam.", "Nation"),
        ("The student is Yazidi.", "Yazidi"),
        ("He speaks Irish Gaelic at home.", "Gaelic"),
    ],
)
def test_sweep_gaps_are_withheld(redactor: Redactor, text: str, secret: str) -> None:
    out = released(redactor, text)
    assert secret.lower() not in out.lower()
    assert MARKER in out


@pytest.mark.parametrize(
    "text",
    [
        "He is a charismatic student.",
        "He drove a Jeep Cherokee to the game.",
        "She was accepted to Wesleyan University.",
        "The officer from District B-2 arrived.",
        "He drives an F-150 truck.",
        "The street crew cleaned up the lot.",
        "Jordan Whitaker was found with a folding knife.",
        "Christian Lockhart was found with fentanyl.",
        "Asia Pendleton was found with a pistol.",
    ],
)
def test_sweep_everyday_uses_stay(redactor: Redactor, text: str) -> None:
    assert MARKER not in released(redactor, text)
