"""Round seventy-three: outsider_da (students returning after suspension, detention or absence) and
outsider_db (staff as targets and witnesses), both held out, tested in words of our own. The last
stop by a place, a household still in a place, a Creole greeting, a relative who does a parent's
forms and a relative's club named for a people go; a stay counted in weeks at a hospital stays, and
so does the English that follows a greeting."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She always gets off at the last stop by Mildred Hailey, the monitor said.", "Mildred Hailey"),
        ('Dad said they are "still in Lenox" and the bus from there is slow.', "Lenox"),
        ("The voicemail began 'Bonswa, mwen se manman Jude' and then went on.", "Bonswa"),
        ("His mother speaks only Portuguese and his sister fills out the forms for her.", "fills out the forms"),
        ("Her uncle runs the Haitian social club where the boys hang out.", "Haitian"),
    ],
)
def test_round73_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He came back Monday after a two week stay at Franciscan Children's.", "Franciscan Children's"),
        ("bonjou this is the aunt of jean he got pushed down the stairs by a boy named wendell", "pushed down"),
        ("The student is still in Room 210 with the counselor.", "Room 210"),
    ],
)
def test_round73_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])
