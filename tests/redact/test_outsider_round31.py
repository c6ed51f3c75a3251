"""Round thirty-one: outsider_aj (incidents away from the building), tested in words of our own.
An event away from the building locates the incident as a place does ("the tournament in Lowell",
"the celebration on Harrison Avenue"); a living-history museum's homesite is a thing. A home in the
same words still goes."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("At the wrestling tournament in Lowell she hit a girl with a water bottle.", ["tournament in Lowell"]),
        ("On the bus back from the away game in Brockton he showed a handgun.", ["away game in Brockton"]),
        ("During the Juneteenth celebration in Nubian Square he pulled a knife.", ["celebration in Nubian Square"]),
        ("On the college visit to Clark University in Worcester he sold pills.", ["Clark University in Worcester"]),
        ("At the Wampanoag Homesite she swung a baton at the railing.", ["Wampanoag Homesite"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("His family lives in Lowell and he had a knife at the tournament.", "Lowell"),
        ("After the game she went home to her aunt's in Brockton. She had pills.", "Brockton"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
