"""Round sixty-nine: outsider_cr (career and technical education) and outsider_cs (custodial and
building staff as finders), both held out, tested in words of our own. A group by the place it is
in, a walk home at night to a place, a family's message run through a translation app and a people
misspelt as a student said it go; a kitchen's and a wood shop's things named for a people, an
electrician's gang boxes, senior citizens, a placement site's name and a zippered case stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('He said it was for "the guys in Mission Hill who keep following me" after practice.', "Mission Hill"),
        ("She carries it for walking home at night to Grove Hall, her aunt said.", "Grove Hall"),
        ("His father's note was in Amharic, so I ran it through Google Translate before calling.", "Google Translate"),
        ('He kept saying "we Porto Ricans stick together" on the way out.', "Porto Ricans"),
        ("Both of them said the Haitians stick together no matter what.", "Haitians"),
    ],
)
def test_round69_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Chinese cleaver never left the magnetic strip.", "Chinese cleaver"),
        ("They were folding Swiss meringue into the batter when he grabbed the knife.", "Swiss meringue"),
        ("She sifted the Dutch process cocoa while he was at station 2.", "Dutch process cocoa"),
        ("The lid of his Spanish cedar box held the note.", "Spanish cedar box"),
        ("The class was mounting three-gang boxes on the practice wall.", "three-gang boxes"),
        ("None of the senior citizens in the dining room saw it.", "senior citizens"),
        ("Her placement is at Hebrew SeniorLife on Centre Street, Tuesday afternoons.", "Hebrew SeniorLife"),
        ("A zippered pencil case held 12 pills stamped M 30.", "zippered pencil case"),
        ("The other girls in Cosmetology saw him take the shears.", "girls in Cosmetology"),
        ("His Chrome history shows Google Translate open from 7:51 to 7:56.", "Google Translate open"),
    ],
)
def test_round69_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_round69_gang_members_counted_still_go(redactor: Redactor) -> None:
    assert_withheld(redactor, "Staff believe he runs with two gang members from the block.", "gang")
