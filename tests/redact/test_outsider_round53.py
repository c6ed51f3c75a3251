"""Round fifty-three: outsider_bn (sports teams, clubs and affinity groups), tested in words of our
own. A student's place in a club named for a people or a faith says theirs: the club's name is
withheld alone and the sentence's incident stays; a language club, a club's name as an event's host
and a town's name on a Boston street stay. Also a course's name in a room's brackets."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Amira and three other members of the Somali Student Association were selling tickets.", "Somali"),
        ("Meeting notes, Vietnamese Student Association, weekly meeting in room 210.", "Vietnamese"),
        ("Marcus, treasurer of the Haitian club, said he would bring a gun.", "Haitian"),
        ("At the weekly Fellowship of Christian Athletes breakfast he shoved Tom.", "Christian Athletes"),
        # a program's classes say the student's language
        ("He is still in the Sheltered English classes and reads slowly.", "Sheltered English"),
        ("She has been in the country 8 months and the case is open.", "8 months"),
        ("He lives on Cambridge St with his aunt.", "Cambridge St"),
        ("The Mattapan boys were waiting after the game.", "Mattapan"),
        # a number before ")" out of a room's bracket numbers a list's next item
        ("Mother is Chinese 3) Nurse called at noon.", "Chinese"),
        ("The family (Haitian 2) came to the meeting.", "Haitian"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the club's name alone goes; the sale and the lobby are the incident's
        (
            "Amira and three other members of the Somali Student Association were selling tickets in the lobby.",
            ["were selling tickets in the lobby"],
        ),
        ("The Eid dinner was run by the Pakistani Student Association in the cafeteria.", ["Pakistani"]),
        ("The student, who is the French Club president, had the cash box.", ["French Club president"]),
        # an apposition on a name that opens the sentence: the verb after it is the sentence's
        (
            "Dana, one of the organizers from the Haitian Student Association, slapped her cousin (R.T., grade 11).",
            ["slapped her cousin (R.T., grade 11)"],
        ),
        ("A YMCA staff member saw the knife in his duffel.", ["YMCA staff member saw the knife"]),
        ("Coach walked Jordan to the end of the bench and took the blade.", ["walked Jordan to the end"]),
        ("After Charlestown's 4x100 lost the baton, he swung at the anchor.", ["Charlestown's 4x100"]),
        ("4:40  On Brookline Ave, shouting from the back seats. He punched P.K.", ["On Brookline Ave"]),
        ("She fell face-first onto the track and broke her wrist.", ["fell face-first"]),
        # a course's name and level in brackets after a room's or a period's number
        ("The SSS searched his bag in room 108 (French 2) and found a razor.", ["room 108 (French 2)"]),
        ("It happened during period 4 (Spanish III), by the back table.", ["period 4 (Spanish III)"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_club_name_is_one_marker_in_its_sentence(redactor: Redactor) -> None:
    out, _ = redactor.redact_text("Two members of the Eritrean Student Union ran the bake sale; one drew a knife.", PATH)
    assert out == f"Two members of {MARKER} ran the bake sale; one drew a knife.", out
