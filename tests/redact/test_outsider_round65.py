"""Round sixty-five: outsider_cj (special education and behavior support) and outsider_ck (reports
by substitutes, student teachers, new hires and volunteers), tested in words of our own. A
resettlement agency's caseworker, a prayer circle, being taken to church, papers "still
processing", a newcomer school the student came from, a daily walk home through a place and a
journey to "PR" go; an instrument named for a people, the district's own offices, a service corps's
member, a classroom's green card pass, a threat's place said to its target, a dance crew that rents
the gym and a group "from" far off stay. A placeholder threat statement with a note is no
statement."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The family's emergency contact is their IRC case manager.", "IRC case manager"),
        ("She runs the Thursday prayer group at lunch.", "prayer group"),
        ("His uncle drives him to temple every Saturday morning.", "temple"),
        ("He said his documents are still pending and he can't work.", "pending"),
        ("Last year she was at the Newcomers Academy before moving here.", "Newcomers Academy"),
        ("He has to walk through Orchard Park after practice.", "Orchard Park"),
        ("Her whole family moved back to PR in the summer.", "PR"),
    ],
)
def test_round65_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He kept the blade in his Spanish guitar case in the band room.", "Spanish guitar case"),
        ("Her plan uses the Tibetan singing bowl in the calm corner.", "Tibetan singing bowl"),
        ("The hearing was at the Bolling Building (2300 Washington Street, room 4).", "2300 Washington Street"),
        ("She told a City Year member at lunch that she would bring a knife.", "City Year member"),
        ("He took the green card we use as the bathroom pass. He still had the green card at 10:40.",
         "still had the green card"),
        ("He texted her \"I'm going to stab you on Columbus Ave\" at 9 PM.", "stab you on Columbus Ave"),
        ("At dismissal by the front steps on Warren St, I saw him walk toward a group of boys from the step team"
         " that rents our gym.", "by the front steps on Warren St"),
        ("Counselors at the Newcomers Academy found the knife in the cafeteria.", "Newcomers Academy"),
        ("She got a new PR in the 400 at the meet.", "new PR"),
    ],
)
def test_round65_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_round65_a_home_said_in_a_threat_still_goes(redactor: Redactor) -> None:
    """Only verbs of attack place a threat; watching someone at home says where home is."""
    assert_withheld(redactor, "He said \"I see you on Geneva Ave every morning walking out your door.\"", "Geneva")


def test_round65_rents_a_room_is_still_home(redactor: Redactor) -> None:
    assert_withheld(redactor, "He rents a room on Bennington St with his uncle.", "Bennington")
