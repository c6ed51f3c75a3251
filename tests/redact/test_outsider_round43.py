"""Round forty-three: outsider_bc (voices from outside the school quoted in reports), tested in words
of our own. Community organisations named for a people, a pantry's and a race's place, "background"
in its ordinary senses stay; a named parish a family goes to every week goes."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("His coach from Sociedad Latina wrote that he has never been in a fight before the stabbing.", ["Sociedad Latina"]),
        ("The fight started at the Haitian-Americans United community center at 4:20 PM.", ["Haitian-Americans United"]),
        ("She volunteers at the food pantry in Roxbury where the pills were found.", ["food pantry in Roxbury"]),
        ("For background, the two girls had argued since October over a group chat.", ["For background"]),
        ("In the background of the clip someone yells before the shot.", ["In the background"]),
        ("During a charity 5K race along the Fenway he hit a runner with a bottle.", ["5K race along the Fenway"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("His father said they are decent people who go to St. Anthony's every Sunday.", "St. Anthony"),
        ("She is of Cape Verdean descent, the advocate wrote, and afraid of police.", "Cape Verdean"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
