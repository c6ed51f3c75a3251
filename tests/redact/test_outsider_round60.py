"""Round sixty: outsider_bz (court-involved students) and outsider_ca (bullying and civil-rights
forms), tested in words of our own. A court's or a school's own address stays; crews hinted by
staff's gossip, "in with the ... kids" and "rival crews" go; a course of two subjects, a band's set
and a course's level at a sentence's end stay; a room for prayer beside a room's number goes."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The coaches' gossip is that he's with Lenox and the bat was his.", "Lenox"),
        ("Kids say she's in with the Heath Street girls now.", "Heath Street"),
        ("The counselor says both boys are from rival crews and it started online.", "rival crews"),
        ("Teachers know her as a Mildred Park girl.", "Mildred Park"),
        ("He was coming out of the prayer room by room 108 when he was shoved down the stairs.", "prayer room"),
        ("They had been calling him 'chink' and 'Kung Flu' since October.", "chink"),
    ],
)
def test_round60_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("His hearing is at the Roxbury District Court, 85 Warren St, on the 12th; he threatened the witness.", "85 Warren St"),
        ("The stay-away order exempts Boston Latin Academy at 205 Townsend St during school hours.", "205 Townsend St"),
        ("A concerned citizen at the bus stop called 911 when the knife came out.", "concerned citizen"),
        ("The utility knife came from the locked tool crib in the shop.", "locked tool crib"),
        ("She was cut with scissors in the Race and Society seminar.", "Race and Society seminar"),
        ("The fight started during the band's Latin jazz set.", "Latin jazz set"),
        ("He said he would bring a gun to school after Spanish 3.", "after Spanish 3"),
    ],
)
def test_round60_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_a_home_address_after_a_courts_name_still_goes_when_the_clause_says_home(redactor: Redactor) -> None:
    assert_withheld(redactor, "He lives across from the Roxbury District Court, 85 Warren St, with his aunt.", "85 Warren St")
