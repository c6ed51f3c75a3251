"""Round sixty-seven: outsider_cn (weekend and holiday incidents reported on Monday) and outsider_co
(physical education and health class), tested in words of our own. A name called at someone, a
parent's own words about English, "everybody knows he's with ...", a taunt for where someone lives,
a church's youth event and a relative held in a place go; exercises named for a people, the
locker room's gang shower, a dance team called a crew, a community center's hall and its street,
and fasting a doctor asked for stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('Two girls say Kayla called Mai a "Chinese rat" while pulling her hair.', "Chinese"),
        ("Please call me back, I am not good with English, my son can translate.", "not good with English"),
        ('His cousin wrote that "everyone knows he\'s with Cameron" on the story.', "Cameron"),
        ('The other boy kept calling him "project kid" all game.', "project kid"),
        ("Her dad said she was at a church youth night on Friday.", "church youth"),
        ("She says her father is being held in Burlington since March.", "Burlington"),
    ],
)
def test_round67_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("They were doing Bulgarian split squats when he swung the bar.", "Bulgarian split squats"),
        ("Warm-up was Russian twists and Chinese jump rope.", "Russian twists and Chinese jump rope"),
        ("The pistol was above the ceiling tile by the gang shower entrance.", "gang shower entrance"),
        ("Swim class at BCYF Curtis Hall, South Street, 9:15 AM.", "South Street"),
        ("He had been fasting since the night before for a blood test at BMC.", "fasting since the night before"),
        ("He called it 'Mexican ice' and sold two bags.", "Mexican ice"),
    ],
)
def test_round67_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_round67_a_faiths_fast_beside_a_test_still_goes(redactor: Redactor) -> None:
    assert_withheld(redactor, "He had been fasting for Ramadan and skipped the blood test.", "Ramadan")
