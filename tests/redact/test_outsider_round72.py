"""Round seventy-two: outsider_cy (pranks, hoaxes and fake threats) and outsider_cz (objects that
look like weapons or drugs), tested in words of our own. A quoted name shouted out in a verse, a
crew's initials in apposition to the crew, and initials drawn on a student's things beside the
group he keeps with go; a language arts course stays."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('In the second verse he shouts out "Castle Gate" and says Thursday.', "Castle Gate"),
        ("He told the SSS he's with BWB, the Bowdoin Way boys, and laughed.", "BWB"),
        ("She has KTB written on her notebook and rolls with that crew at lunch.", "KTB"),
    ],
)
def test_round72_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("It happened during her Spanish Language Arts class in room 210.", "Spanish Language Arts class"),
        ('The coach shouted out "watch the ball" twice before the swing.', "watch the ball"),
        ("The AP had notes from the PTO and hangs with that group after the meeting.", "PTO"),
    ],
)
def test_round72_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])
