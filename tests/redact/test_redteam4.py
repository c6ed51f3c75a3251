"""Red-team round 4 findings (tests/data/corpus/redteam4.jsonl), pinned per mechanism: face
surveillance inside a withheld field's value is recorded as such (it denies the request) even under
a key that names another category; an id or date of birth that carries words is scanned; words
pasted from a family's note (Spanish, Portuguese, Haitian Creole) and a few more wordings are
withheld; a residence clause continues past a comma ("lives in Dot, off Bowdoin")."""

from __future__ import annotations

import pytest

from gatekeeper.core.types import Category
from gatekeeper.redact import MARKER, Redactor


@pytest.mark.parametrize(
    "student",
    [
        {"FR Match": {"source": "BRIC face search", "score": 0.94}},
        {"Gang Notes": "Heath Street; ID confirmed by facial recognition"},
        {"alerts": [{"source": "BRIC face search", "hit": "Castlegate"}]},
        {"FR Result": "94% - booking photo 55120"},
    ],
)
def test_face_surveillance_in_a_withheld_value_is_recorded(redactor: Redactor, student: dict[str, object]) -> None:
    released, reds = redactor.redact_student({"student_id": "S1", "name": "Liam Doherty", **student})
    assert released == {"student_id": "S1", "name": "Liam Doherty"}
    assert any(r.category is Category.FACE_SURVEILLANCE for r in reds), reds


def test_gang_field_without_face_words_keeps_its_category(redactor: Redactor) -> None:
    _, reds = redactor.redact_student({"Gang Involvement": "Heath Street"})
    assert [r.category for r in reds] == [Category.GANG_AFFILIATION]


@pytest.mark.parametrize(
    ("field", "value", "secret"),
    [("Birth Date", "2010-03-25, born in Haiti", "Haiti"), ("Local ID", "445566 (undocumented)", "undocumented")],
)
def test_id_or_dob_with_words_is_scanned(redactor: Redactor, field: str, value: str, secret: str) -> None:
    released, _ = redactor.redact_student({field: value})
    assert secret not in str(released) and MARKER in str(released)


@pytest.mark.parametrize("value", ["2010-03-25", "03/25/2010", "S927672", "March 3, 2010", "0212201"])
def test_plain_id_or_dob_is_released_as_given(redactor: Redactor, value: str) -> None:
    released, reds = redactor.redact_student({"dob": value, "id": value})
    assert released == {"date_of_birth": value, "student_id": value} and not reds


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("La familia es indocumentada.", "indocumentada"),
        ("They are sin papeles.", "sin papeles"),
        ("The grandmother habla solo espa\u00f1ol.", "espa\u00f1ol"),
        ("Mom speaks criollo at home.", "criollo"),
        ("The family has a pending asilo case.", "asilo"),
        ("He is afraid la migra will come.", "migra"),
        ("They attend the iglesia on Sundays.", "iglesia"),
        ("His father prays at the mezquita.", "mezquita"),
        ("Nou pa gen papye.", "papye"),
        ("The family only speaks portugu\u00eas.", "portugu"),
        ("He is salvadore\u00f1o.", "salvadore"),
        ("She said her family are refugiados.", "refugiado"),
        ("A peer said he is in the mara.", "mara"),
        ("He is affiliated with la 18.", "la 18"),
        ("He is u\u200bn\u200bd\u200bo\u200bc.", "o\u200bc"),
        ("Mom said he came over the border.", "border"),
        ("She is Cabo Verdiana.", "Verdiana"),
        ("His father prays at the ISBCC.", "ISBCC"),
        ("The student lives in Dot, off Bowdoin.", "Bowdoin"),
    ],
)
def test_round4_wordings_are_withheld(redactor: Redactor, text: str, secret: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert secret not in out and reds, out


@pytest.mark.parametrize(
    "text", ["He was picked out by the face-rec system.", "Camera FR hit on the student at 8:02."]
)
def test_face_rec_shorthand_is_face_surveillance(redactor: Redactor, text: str) -> None:
    _, reds = redactor.redact_text(text, "incident.description")
    assert any(r.category is Category.FACE_SURVEILLANCE for r in reds)


@pytest.mark.parametrize(
    "text",
    [
        "Fr. Murphy found the knife.",
        "Officer Santiago took the gun. Ms. Israel called 911.",
        "He lives in Dorchester, near school, and ran off.",
    ],
)
def test_round4_non_findings(redactor: Redactor, text: str) -> None:
    out, _ = redactor.redact_text(text, "incident.description")
    assert "Fr. Murphy" in out or "Santiago" in out or "near school" in out, out
