"""Red-team findings (tests/data/corpus/redteam.jsonl), pinned per mechanism: titles before
surnames, whole-word triggers, named streets, unlisted gang names, other wordings."""

from __future__ import annotations

import pytest

from gatekeeper.core.types import Category
from gatekeeper.redact import MARKER, Redactor

IMM, NAT, REL, NBH, LANG, GANG = (
    Category.IMMIGRATION_STATUS,
    Category.NATIONAL_ORIGIN,
    Category.RELIGION,
    Category.NEIGHBORHOOD,
    Category.LANGUAGE,
    Category.GANG_AFFILIATION,
)


@pytest.mark.parametrize(
    ("text", "category", "secret"),
    [
        ("He goes to the Pentecostal church on Centre Street.", NBH, "Centre Street"),
        ("They pray at the masjid on Malcolm X Blvd every Friday.", NBH, "Malcolm X"),
        ("The BRIC has him listed as an associate.", GANG, "listed as an associate"),
        ("He is a Ridgeway affiliate.", GANG, "Ridgeway"),
        ("Staff say he is part of Ridgeway.", GANG, "Ridgeway"),
        ("His set is Wainwright.", GANG, "Wainwright"),
        ("Officer says he's a known associate of Ridgeway.", GANG, "Ridgeway"),
        ("He is a Blood.", GANG, "Blood"),
        ("He goes to Mass every Sunday.", REL, "Mass"),
        ("He is from another country.", NAT, "another country"),
        ("She is here illegally.", IMM, "illegally"),
        ("He is not lawfully present.", IMM, "lawfully"),
        ("He is a SIFE student.", IMM, "SIFE"),
        ("She doesn't speak much English.", LANG, "much English"),
        ("English is her second language.", LANG, "second language"),
    ],
)
def test_detects(redactor: Redactor, text: str, category: Category, secret: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert secret.lower() not in out.lower(), out
    assert category in {r.category for r in reds}


@pytest.mark.parametrize(
    "text",
    [
        "Nurse Ireland, Coach Holland and Ms. French saw it.",
        "Officer Brazil took it from Mr. English's room.",
        "Assistant Principal Ireland called home.",
        "Knife found in English Language Arts class.",
        "The car was illegally parked in the staff lot.",
        "She was illegally carrying a knife.",
        "He is a Student Council member and part of the Robotics Team.",
        "She is a member of the Boston Latin Academy debate team.",
        "There was blood on the floor and he lost a lot of blood.",
        "He sent a mass text to the class.",
        "He was in the country for a week.",
        "He walked down the street and crossed the road.",
    ],
)
def test_survives(redactor: Redactor, text: str) -> None:
    out, _ = redactor.redact_text(text, "incident.description")
    assert MARKER not in out, out


def test_title_keeps_only_the_surname(redactor: Redactor) -> None:
    out, _ = redactor.redact_text("Mrs.Ireland says he is from Ireland.", "incident.description")
    assert out == f"Mrs.Ireland says {MARKER}."


def test_whole_word_triggers_do_not_fire_inside_words(redactor: Redactor) -> None:
    # "st" is not a trigger of named_street, and "student"/"staff" never start a street name
    out, _ = redactor.redact_text("The student lives on Centre Street.", "incident.description")
    assert out == f"{MARKER}."


def test_value_words_stay_out_of_field_paths(redactor: Redactor) -> None:
    _, reds = redactor.redact_student({"Hispanic/Latino Ethnicity": "Hispanic"})
    assert [r.category for r in reds] == [Category.ETHNICITY]
    assert "hispanic" not in reds[0].path
