"""Round fifty-seven: outsider_bt (dating violence, family conflict and protective orders), tested in
words of our own. A meeting interpreted for a family says its language; a month after a home's noun
is no place."""

from __future__ import annotations

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


def test_interpreted_meeting_is_withheld(redactor: Redactor) -> None:
    assert_withheld(redactor, "Mr. Duarte from the welcome center interpreted the re-entry meeting.", "interpreted")


def test_month_after_a_home_is_no_place(redactor: Redactor) -> None:
    text = "Since Jared kicked in the door of his ex's apartment in October, she has a stay-away order."
    assert_kept(redactor, text, ["kicked in the door", "in October"])


def test_home_on_a_street_still_goes(redactor: Redactor) -> None:
    assert_withheld(redactor, "He showed up at her mother's apartment on Norfolk St at 11 PM.", "Norfolk St")
