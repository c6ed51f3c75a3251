"""Round thirty-five: outsider_ar (formal and legal paperwork pasted into reports), tested in words
of our own. A plant's standing, a team's nationals and a teacher resident stay; both sides of a feud
named before one crew word go."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("During the biology walk on naturalized plant species he pressed a taser to a boy's arm.", ["naturalized plant"]),
        ("He threatened the girl chosen for the debate team at nationals in May.", ["at nationals in May"]),
        ("She threw a chair at Mr. Ruiz, a teacher resident who was co-teaching the class.", ["teacher resident"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Dean's note: the fight grew out of the dispute between the Orchard and Lenox crews.", "Orchard"),
        ("The student is a resident in the Franklin Field development.", "Franklin Field"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
