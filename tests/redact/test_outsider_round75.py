"""Round seventy-five: outsider_de (interpreted meetings and bilingual staff) and outsider_df
(parents' and guardians' own conduct), both held out, tested in words of our own. Someone's own
boys from a place, an oath by God in Arabic, a family's parole, a slur for a Dominican, a ride back
to a place and "couldn't explain it in English" go; a school team by its neighbourhood, a game
moved to a closed practice, a prom's venue, a person standing up somewhere, and a name after a
person's word that sounds like a neighbourhood stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He said he would call his boys from MHP to come see the coach.", "MHP"),
        ("She kept saying 'walahi, I will do it' in the lobby.", "walahi"),
        ("The mother said she does not want this to affect their parole.", "parole"),
        ('He says the older boy keeps calling him a "platano" in the locker room.', "platano"),
        ("After the game he asked for a ride back to Lenox Street.", "Lenox Street"),
        ("She couldn't explain it well in English, so her son spoke for her.", "in English"),
    ],
)
def test_round75_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Coach's note, Dorchester basketball @ Madison Park, 1/22", "Dorchester basketball @ Madison Park"),
        ("Thursday's game was moved to a closed practice.", "closed practice"),
        ("At the prom (Seaport World Trade Center, ballroom B) a chaperone saw it.", "Seaport World Trade Center"),
        ("The boy Darnell stand up in his seat and say it loud.", "Darnell stand up"),
        ("He yelled at the other boy Ailton on the bus.", "Ailton"),
        ("They walked both boys back to the Glenway St entrance.", "Glenway St entrance"),
        ("The dispute between them goes back to March.", "March"),
        ("Plátanos and rice were on the lunch line that day.", "Plátanos"),
    ],
)
def test_round75_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])
