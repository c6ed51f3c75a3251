"""Round sixty-three: outsider_cf (testing days and accommodations) and outsider_cg (retaliation
and witness intimidation), tested in words of our own. An English learner's test by its parts and
sittings and a bilingual dictionary as an accommodation go; a student's recording in a language
goes even beside a translated version; a hoodie's university, "face-first", staff "flagging" a
record, a house key, a bike rack's street and a morning stop near the school stay."""

from __future__ import annotations

import pytest

from gatekeeper.core.types import Category
from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Room 114, ACCESS Reading, 9:10. The proctor saw the blade.", "ACCESS Reading"),
        ("The line outside the library was for ACCESS Speaking slots when the fight started.", "ACCESS Speaking"),
        ("She sat the ACCESS for ELLs Writing test in the small room.", "ACCESS for ELLs"),
        ("Dario had his Somali word-to-word dictionary open on the desk.", "word-to-word"),
        ("It is the small-group room for students with a word to word glossary.", "word to word glossary"),
        ("The audio message is in Cape Verdean Creole; the interpreter's English version is attached.", "Cape Verdean"),
        ("He was flagging red all week, per two students.", "flagging"),
        ("Race field reads: Black. Background: Haitian, per the card.", "Haitian"),
    ],
)
def test_round63_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He copied the answers word for word from the leaked photo.", "word for word"),
        ("Jonah pulled the hood of his Temple University sweatshirt down and ran.", "Temple University sweatshirt"),
        ("He slammed Tenzin face-first into the lockers.", "face-first into the lockers"),
        ("I am flagging that this field should not be in the template.", "flagging that this field"),
        ("Background: DESE invalidated the whole Room 216 session after the leak.", "DESE invalidated"),
        ("He swung at Arben with a house key on the Albany St sidewalk.", "house key on the Albany St sidewalk"),
        ("Two weeks ago his bike was stolen from the Marion St rack.", "stolen from the Marion St rack"),
        ("She gets off the Red Line at JFK every morning and walks the rest.", "at JFK every morning"),
    ],
)
def test_round63_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_round63_a_house_still_says_home(redactor: Redactor) -> None:
    """The house key is no home, but somebody's house on a street still is."""
    assert_withheld(redactor, "The key was taken from his house on Marion St.", "Marion")


def test_round63_a_stop_after_school_is_home(redactor: Redactor) -> None:
    out, reds = redactor.redact_text("She gets off the 23 at Harvard St every afternoon and walks home.", "x")
    assert "Harvard St" not in out
    assert {r.category for r in reds} == {Category.NEIGHBORHOOD}
