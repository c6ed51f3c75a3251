"""Round sixty-two: outsider_cd (graffiti, tags and written threats) and outsider_ce (student
drivers, cars and parking), tested in words of our own. A crew's tag in quotes goes, alone, with
its later repeats, and the wall, the marker and the threat's other words stay; a crew's symbol
carved, a record that lists a student at a street, "a good Christian boy" and a car kept on a
street overnight go; a car described by its colour stays."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He crossed out the 'KBG' tag on locker 118 and wrote his own. Staff say KBG is after him.", "KBG"),
        ("Under the sink someone wrote \"MONDAY\" beside a crossed-out 'RLB'.", "RLB"),
        ("He had carved a six-point star into the desk.", "six-point star"),
        ("The emergency card lists Dante at Glenway St.", "Glenway"),
        ("His aunt says he is a good Christian boy who never fights.", "Christian"),
        ("He keeps the Altima on Walk Hill St overnight.", "Walk Hill"),
    ],
)
def test_round62_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He crossed out the 'KBG' tag on locker 118 with a silver marker at 2:05.", "on locker 118 with a silver marker"),
        ("He wrote 'DIE' on the desk with the knife.", "He wrote 'DIE' on the desk"),
        ("Carved into the stall door: \"YOU'RE NEXT\" with an arrow.", "YOU'RE NEXT"),
        ("Tyrell's car is a black Dodge Charger with tinted windows.", "black Dodge Charger"),
        ("A teacher looking out the window saw Marcus open the trunk of a gray Altima.", "saw Marcus open the trunk"),
        ("The camera shows Jayden at the Dudley St door at 8:02.", "at the Dudley St door"),
    ],
)
def test_round62_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])
