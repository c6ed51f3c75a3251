"""Round thirty-eight: outsider_av (bias-motivated incidents) and outsider_aw (school-wide emergencies
and the district's own messages), tested in words of our own. The district's messages in the
families' languages, an emergency's procedures, a field's border and a course's unit stay; a slur
said of a student, a taunt at a people's food, a class named by its students' status, and the
words beside a marker that would say what it was, go."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The robocall went out at 2:10 in English, Spanish, Somali and Haitian Creole.", ["Spanish, Somali and Haitian Creole"]),
        ("Letter to families: the Vietnamese and Portuguese versions were posted by 5 PM.", ["Vietnamese and Portuguese versions"]),
        ("The statement was translated into Arabic and Cape Verdean Creole for the website.", ["translated into Arabic"]),
        ("At 9:40 the hotline went live and the bilingual hotline took 40 calls.", ["went live", "bilingual hotline"]),
        ("Because the gym stayed locked, reunification was at the Hyde Park branch library.", ["Hyde Park branch library"]),
        ("We sheltered in place from 10:02; buses were used as warming shelters at the Dudley St gate.", ["warming shelters"]),
        ("The fight started at the border of the playground near the swings.", ["border of the playground"]),
        ("In our Norse mythology unit he wrote a story about shooting room 12.", ["Norse mythology unit"]),
        ("He knocked her papers off the desk and then punched her in the jaw.", ["her papers off the desk"]),
        ("I was talking to my friend Christian when Devon pulled the knife.", ["my friend Christian"]),
        ("The ref called it an 'illegal' screen just before the fight started.", ["'illegal' screen"]),
        ("He called the pills 'Mexican blues' and sold four of them.", ["Mexican blues"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Before the punch Kyle kept shouting that Omar is 'illegal' in front of the class.", "illegal"),
        ("Jake told him \"you're Taliban\" and then shoved him down the stairs.", "Taliban"),
        ("They laughed at her lunch, mocking it as Somali goat food, and then she swung.", "Somali"),
        ("The threat named the portable where the refugee class meets on Tuesdays.", "refugee"),
        ("He walked up and asked Luis if he was \"one of the Guatemalans\" before the first punch.", "he was"),
        ("The message the student sent was written in Haitian Creole at 11 PM.", "Haitian Creole"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
