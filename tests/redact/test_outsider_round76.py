"""Round seventy-six: outsider_dg (the school nurse and medications) and outsider_dh (young children
in K-8 and elementary schools), tested in words of our own, with what a user's trial found. A
parent's apology for her English, a Vietnamese grandparent's word, living "right there at" a place,
a relative's own shop on a street, a relative said in quotes to "be" a place, a people misspelt,
and a relative "still in" a place said in quotes go; a history class's immigration activity,
staying in one's seat, Turkish taffy and a crowd's chant around the withheld name stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Please call me back. Sorry for my English, I will come at three.", "Sorry for my English"),
        ("His bà ngoại picks him up at the side door every day.", "bà ngoại"),
        ("We live right there at Mildred Hailey so I can walk over.", "Mildred Hailey"),
        ("Her uncle runs the corner store on Geneva Ave and she helps after school.", "Geneva Ave"),
        ('The mother says her son "is Franklin Hill." and laughed.', "Franklin Hill"),
        ("The family is Columbian and came to the meeting together.", "Columbian"),
        ("She said her grandmother was 'still in Codman' last year.", "Codman"),
    ],
)
def test_round76_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The class was doing the Ellis Island immigration stations activity.", "Ellis Island immigration stations"),
        ("After I told him to stay in his seat, he threw the bottle.", "stay in his seat"),
        ("He traded the pills for Turkish taffy at recess.", "Turkish taffy"),
        ("The unit on the Columbian Exchange ended Friday.", "Columbian Exchange"),
        ('The crowd kept chanting "Low Side" at him during the fight.', "The crowd kept chanting"),
    ],
)
def test_round76_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])
