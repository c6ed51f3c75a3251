"""Round sixty-six: outsider_cl (off-campus events and celebrations) and outsider_cm (weapons and
drugs found in shared spaces, owners unknown), both held out, tested in words of our own. A
statement about where the student lives holds even when it names the student; the walk home along
a street, a home's kitchen on a street, a stay at a worship place with the family, a relative who
preaches, running with "the other side" and a group by a street's name go; events and their halls
on a street, a street "near" another, a bounce house, a school named for a cathedral and a camera
"not face matching" stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He said he keeps it for the walk home down Glenway.", "Glenway"),
        ("His aunt said the knife matches the ones from her kitchen on Harvard St.", "Harvard St"),
        ("She had been at the mosque with her family all weekend for Eid prayers.", "mosque"),
        ("The family attends a church in Roxbury where her uncle preaches.", "preaches"),
        ("Two students say Jordan runs with the other side.", "runs with the other side"),
        ("Staff say the boys at the bus stop are all Ruthven boys.", "Ruthven"),
    ],
)
def test_round66_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The block party on Dunreath Street had a DJ and a bounce house.", "block party on Dunreath Street"),
        ("I was at the cookout on Charles Street near Geneva Avenue with my own kids.", "near Geneva Avenue"),
        ("The graduation party was at the VFW post on South Street.", "VFW post on South Street"),
        ("His date, who goes to Cathedral High School, left at 11.", "goes to Cathedral High School"),
        ("Coach preaches discipline every practice.", "preaches discipline"),
        ("He hangs with the other team after the game.", "the other team"),
    ],
)
def test_round66_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_round66_a_statement_naming_the_student_still_goes(redactor: Redactor) -> None:
    """The student's name is released, but "where Lucas lives" still withholds its place."""
    text = 'Students say the pills come from parties "up on Parker Hill where Lucas lives." His mom came in.'
    out, reds = redactor.redact_text(text, PATH, protect=("Lucas Ferreira",))
    assert "Parker Hill" not in out and reds
    assert "His mom came in." in out


def test_round66_beside_another_finding_the_clause_is_enough(redactor: Redactor) -> None:
    text = "They argued; Khoa said his home is in Fields Corner and he knows where Minh lives too, and Minh swung."
    out, _ = redactor.redact_text(text, PATH, protect=("Minh Tran",))
    assert "Fields Corner" not in out and "lives too" not in out
    assert "They argued" in out


def test_round66_a_camera_not_face_matching_is_no_face_surveillance(redactor: Redactor) -> None:
    text = "Our hallway cameras (not face matching, just the clothes) show him in red Jordan 4s."
    out, reds = redactor.redact_text(text, PATH)
    assert out == text and not reds  # the decision layer denies only on a face finding
