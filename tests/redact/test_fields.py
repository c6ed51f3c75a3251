"""Student fields: allowlist after name normalisation; categories of withheld fields."""

from __future__ import annotations

import json

import pytest

from gatekeeper.core.types import Category
from gatekeeper.redact import Redactor, normalize_key


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("student_id", "student_id"),
        ("StudentID", "student_id"),
        ("studentId", "student_id"),
        ("Student Id", "student_id"),
        ("student-id", "student_id"),
        ("student.id", "student_id"),
        ("student/id", "student_id"),
        ("student__id", "student_id"),
        ("  Student  ID ", "student_id"),
        ("ＳｔｕｄｅｎｔＩＤ", "student_id"),
        ("stu\u200bdent_id", "student_id"),
        ("student\x00_id", "student_id"),
        ("homeLanguage", "home_language"),
        ("HOME_LANGUAGE", "home_language"),
        ("dateOfBirth", "date_of_birth"),
        ("DOB", "dob"),
        ("gradeLevel", "grade_level"),
        ("Ethnicity ", "ethnicity"),
    ],
)
def test_normalize_key(raw: str, norm: str) -> None:
    assert normalize_key(raw) == norm


def test_allowlist_and_synonyms(redactor: Redactor) -> None:
    released, reds = redactor.redact_student(
        {
            "StudentID": "S1",
            "Full Name": "Andre Quinlan",
            "DOB": "2010-01-01",
            "gradeLevel": 9,
            "School Name": "East Boston High School",
            "Home Language": "Cantonese",
        }
    )
    assert released == {
        "student_id": "S1",
        "name": "Andre Quinlan",
        "date_of_birth": "2010-01-01",
        "grade": 9,
        "school": "East Boston High School",
    }
    assert [(r.path, r.category) for r in reds] == [("student.home_language", Category.LANGUAGE)]


@pytest.mark.parametrize(
    ("key", "value", "category"),
    [
        ("ethnicity", "Haitian", Category.ETHNICITY),
        ("race", "Asian", Category.ETHNICITY),
        ("hispanicLatino", "Y", Category.ETHNICITY),
        ("country_of_birth", "Brazil", Category.NATIONAL_ORIGIN),
        ("birthplace", "x", Category.NATIONAL_ORIGIN),
        ("nationality", "x", Category.NATIONAL_ORIGIN),
        ("citizenship", "x", Category.IMMIGRATION_STATUS),
        ("immigration_status", "pending asylum", Category.IMMIGRATION_STATUS),
        ("visaType", "F-1", Category.IMMIGRATION_STATUS),
        ("home_language", "Cantonese", Category.LANGUAGE),
        ("ell_status", "ELL level 2", Category.LANGUAGE),
        ("LEP", "Y", Category.LANGUAGE),
        ("interpreterNeeded", True, Category.LANGUAGE),
        ("religion", "Buddhist", Category.RELIGION),
        ("home_address", "44 Westview Street", Category.NEIGHBORHOOD),
        ("zip", "02124", Category.NEIGHBORHOOD),
        ("neighborhood", "Jamaica Plain", Category.NEIGHBORHOOD),
        ("gang_affiliation", "Wendover Street", Category.GANG_AFFILIATION),
        ("faceTemplate", "xx", Category.FACE_SURVEILLANCE),
        ("notes", "She is undocumented.", Category.IMMIGRATION_STATUS),
        ("misc", "lives in Dorchester", Category.NEIGHBORHOOD),
        ("shoe_size", 9, Category.NOT_ALLOWLISTED),
        ("phone", "617-555-0100", Category.NOT_ALLOWLISTED),
    ],
)
def test_withheld_field_category(redactor: Redactor, key: str, value: object, category: Category) -> None:
    released, reds = redactor.redact_student({"name": "A B", key: value})
    assert released == {"name": "A B"}
    assert len(reds) == 1
    assert reds[0].category is category
    assert reds[0].start is None


def test_value_revealing_key_hidden_in_path(redactor: Redactor) -> None:
    _, reds = redactor.redact_student({"Haitian": True, "speaks_spanish": True, "lives_in_dorchester": 1})
    paths = {r.path for r in reds}
    assert paths == {"student.[withheld]"}
    assert {r.category for r in reds} == {Category.ETHNICITY, Category.LANGUAGE, Category.NEIGHBORHOOD}
    assert "haitian" not in json.dumps([r.path for r in reds]).lower()


def test_nested(redactor: Redactor) -> None:
    released, reds = redactor.redact_student(
        {
            "name": {"first": "Andre", "Last": "Quinlan", "ethnicity": "Haitian"},
            "profile": {"name": "X Y", "demographics": {"race": "Asian", "homeLanguage": "Somali"}},
            "grade": ["9", "10"],
            "school": {"name": "Brighton High School"},
        }
    )
    assert released == {"name": {"first": "Andre", "last": "Quinlan"}}
    cats = {r.path: r.category for r in reds}
    assert cats["student.name.ethnicity"] is Category.ETHNICITY
    assert cats["student.profile.demographics.race"] is Category.ETHNICITY
    assert cats["student.profile.demographics.home_language"] is Category.LANGUAGE
    assert "student.profile.name" in cats
    assert "student.grade" in cats
    assert "student.school.name" in cats


def test_long_and_scanned_values(redactor: Redactor) -> None:
    released, reds = redactor.redact_student(
        {"name": "A B", "school": "x" * 201, "grade": "9 (ESL)"}
    )
    assert "school" not in released
    assert released["grade"] == "9 [WITHHELD]"
    assert {r.path for r in reds} == {"student.school", "student.grade"}


def test_duplicate_canonical_withheld(redactor: Redactor) -> None:
    released, reds = redactor.redact_student({"dob": "2010-01-01", "date_of_birth": "2011-01-01"})
    assert released == {"date_of_birth": "2010-01-01"}
    assert len(reds) == 1


def test_released_fields_paths(redactor: Redactor) -> None:
    from gatekeeper.core.request import SubmitRequest

    req = SubmitRequest.model_validate(
        {"school_id": "BPS-1", "recipient": "bpd", "ground": "weapon",
         "student": {"studentId": "S1", "name": "A B", "race": "Asian"}}
    )
    res = redactor.redact_request(req, "n")
    assert res.released_fields == ("student.student_id", "student.name")
