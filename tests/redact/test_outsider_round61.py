"""Round sixty-one: outsider_cb (remote and hybrid learning) and outsider_cc (anonymous tips), both
held out, tested in words of our own. What a webcam shows out of a window, where a school device
checks in at night, and a parish a family goes to are withheld; a weapon described as "a black
expandable baton" and a chat's "2morrow" stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Through her bedroom window you could see the Mattapan Square clock tower while she held the gun.", "Mattapan"),
        ("The Chromebook last checked in from 73.44.201.9 at 1 AM.", "73.44.201.9"),
        ("The device's last location was 42.3011, -71.0655 that night.", "42.3011"),
        ("His laptop logs in from a network IT geolocates near Grove Hall.", "Grove Hall"),
        ("The mother said they go to St. Casimir's and begged us not to call police.", "Casimir"),
        ("Dad said he works nights. The address on file is on Harlem St. He threatened to shoot at 9 PM.", "Harlem St"),
    ],
)
def test_round61_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("In his bag was a black expandable baton, 26 inches open.", "black expandable baton"),
        ("He typed 'bringing it 2morrow 3rd period' in the chat.", "bringing it 2morrow 3rd period"),
        ("Background: at 8 AM a student showed Mr. Diaz a screenshot of the threat.", "showed Mr. Diaz a screenshot"),
        ("The window behind him showed a pistol on the dresser.", "a pistol on the dresser"),
    ],
)
def test_round61_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])
