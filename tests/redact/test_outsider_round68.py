"""Round sixty-eight: outsider_cp (security screening at arrival) and outsider_cq (dismissal and
pickup), tested in words of our own. A stay with a relative near a square, a home street named in
apposition, a crew's colours by its possessive, a priest by his parish, a relative in an English
class, a rival side with no name, a relative's faith-coded shop and a record's "Res:" line go; an
incident said to have happened on a street, a car line's green card, rowing crew, a weekday's
pickup and a classmate named Christian stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Since the flood they have been staying with her aunt near Codman Square.", "Codman Square"),
        ("Somebody posted his street, Dale St, in the group chat on Sunday.", "Dale St"),
        ("He got jumped on Geneva Ave right near his house last month.", "Geneva Ave"),
        ("Kids say he got jumped in with the Castle crew and wears their blue and white daily.", "blue and white"),
        ("Her grandmother wants us to call Father Tom at St. Brendan's to speak with her.", "St. Brendan"),
        ("His father is taking English classes at the library on weekends.", "taking English classes"),
        ("The boy he hit is with a rival set, according to the coach.", "rival set"),
        ("They say both of them are from a crew on the other side.", "crew on the other side"),
        ("I had to leave because my mom works at the kosher bakery until six.", "kosher"),
        ("Student: LEE, DANIEL  Gr: 07\nRes: Bowdoin St\nType: Weapon", "Bowdoin St"),
    ],
)
def test_round68_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The fight was on Mass Ave, two blocks from the school.", "Mass Ave"),
        ("The brawl broke out right on Tremont St after the game.", "Tremont St"),
        ("He was jumped on Centre St by three older boys.", "Centre St"),
        ("Each car in the pickup line gets a green card with the child's name on it.", "green card"),
        ("Her brother rows crew at Northeastern and picks her up on Tuesdays.", "rows crew"),
        ("A classmate, Christian, held the door shut until security came.", "Christian"),
        ("Res: pending, per the hearing officer.", "pending"),
    ],
)
def test_round68_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_round68_a_card_beside_status_words_still_goes(redactor: Redactor) -> None:
    assert_withheld(
        redactor, "At the car line his uncle said he was still waiting on his green card interview.", "green card"
    )
