"""Round fifty-three: tested in words of our own."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a number before ")" out of a room's bracket numbers a list's next item
        ("Mother is Chinese 3) Nurse called at noon.", "Chinese"),
        ("The family (Haitian 2) came to the meeting.", "Haitian"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a course's name and level in brackets after a room's or a period's number
        ("The SSS searched his bag in room 108 (French 2) and found a razor.", ["room 108 (French 2)"]),
        ("It happened during period 4 (Spanish III), by the back table.", ["period 4 (Spanish III)"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
