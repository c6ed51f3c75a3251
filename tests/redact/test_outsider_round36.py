"""Round thirty-six: outsider_as (weapons and substances named with place and culture words) and
outsider_at (digital evidence: handles, chat names, bios, geotags), tested in words of our own. An
item named for where it is made or what it imitates stays; a handle, a bio, a congregation's help,
a parish's youth group, a crew without a name and a home's coordinates go."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The SSS took a Brazilian-made revolver with four rounds from his waistband.", ["Brazilian-made revolver"]),
        ("Inside the locker: a Korean-built drone and a folding knife.", ["Korean-built drone"]),
        ("He sold what he called Mexican blues, pressed pills stamped M30.", ["Mexican blues"]),
        ("The nurse found Afghan heroin wrapped in foil in her sock.", ["Afghan heroin"]),
        ("A Filipino balisong fell out of his hoodie pocket during the fight.", ["Filipino balisong"]),
        ("She told the dean the powder was 'Peruvian' and worth a lot.", ["the powder was 'Peruvian'"]),
        ("The bags were stamped 'SALVADORAN GOLD' in blue ink.", ["SALVADORAN GOLD"]),
        ("He pulled a Gurkha kukri from under the Persian rug in the library.", ["kukri", "Persian rug"]),
        ("She brewed it in the French press in room 12 and gave it to two girls.", ["French press"]),
        ("He wrote that he would meet them at China Pearl after school with a knife.", ["China Pearl"]),
        ("The office lists four undocumented absences before the fight.", ["undocumented absences"]),
        ("The fight was on the skate park path by the Titus Sparrow pond at 4 PM.", ["skate park"]),
        ("Kenya Odom's gamertag is KenyaLuvs2Win and she posted the threat from it.", ["KenyaLuvs2Win"]),
        ("He sent the threat from his iPhone through PowerSchool messages at 9 PM.", ["iPhone", "PowerSchool"]),
        (
            "The photo's GPS reads 42.3311, -71.0822, which is our main campus; the gun is on a desk in room 12.",
            ["42.3311, -71.0822"],
        ),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The threat came from the account SomaliPrince_04 at 11 PM.", "Somali"),
        ("The AirDrop came from a phone named HaitianQueen's iPhone.", "Haitian"),
        ("It was posted by @roxbury.raised.22 on Tuesday night.", "roxbury"),
        ("Her profile picture is a flag with the words Quisqueya Bella across it.", "Quisqueya"),
        ("His bio says only Allah can judge me, and he posted the gun photo below it.", "Allah"),
        ("Her aunt called, and she said the mosque is helping the family with rent.", "mosque"),
        ("The group chat was the Holy Family Youth Ministry chat; he posted the threat there.", "Holy Family"),
        ("The counselor thinks the emoji stand for a crew he has been part of since May.", "crew"),
        ("The picture's location data is 42.3101 N, 71.0902 W, his grandmother's house.", "42.3101"),
        ("The poster's handle was GrovehallGoonz and he posted the rifle.", "Grovehall"),
        ("She said it was the Bowdoin Goonz who jumped her cousin.", "Bowdoin"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
