"""Round seventy-four: outsider_dc (lunch off campus and the blocks around the school) and
outsider_dd (fight pages and fight videos), tested in words of our own. A quoted side's name, a
crew's slogan quoted inside a sentence, a person said to be a quoted name, a house named by its
street, "just from there", a prayer by its time of day, a faith's beads, someone who will
interpret at a meeting and "doesn't follow fast English" go; a video's time after "from", a post
made from a square, a side street's car and a dish by its own name stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('The crowd kept yelling "Low Side" while the two boys swung.', "Low Side"),
        ('On the clip somebody shouts "Castle Gate don\'t fold" before the punch.', "Castle Gate"),
        ('Two students said Marcus is "Franklin" and that is why nobody touches him.', "Franklin"),
        ("The aunt will pick up the bat from the house on Wolcott St after school.", "Wolcott St"),
        ('He said he is not in any of that, "just from there."', "just from there"),
        ("She asked for a quiet room because it was time for the evening prayer.", "evening prayer"),
        ("His grandmother says the family is very devout and he wears the beads for protection.", "beads"),
        ("His father only speaks Cape Verdean Creole; Ms. Lopes will interpret at the meeting.", "interpret"),
        ("Her mother doesn't follow fast English, so the call was short.", "fast English"),
    ],
)
def test_round74_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He was showing a fight video from last weekend at Carson Beach on his phone.", "Carson Beach"),
        ("She posted a video on Snapchat from Fields Corner, outside the T station.", "Fields Corner"),
        ("A blue Acura was idling on the side street off Blue Hill Ave during lunch.", "side street off Blue Hill Ave"),
        ("He pulled the knife while waiting in line for pão de queijo at the bakery.", "pão de queijo"),
        ('Today was "Alien Invasion" spirit day, so everyone wore foil hats.', "Alien Invasion"),
        ("He asked that nobody call the house on Saturday.", "Saturday"),
        ("She wears beads in her braids and was wearing them that day.", "beads"),
    ],
)
def test_round74_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])
