"""Round fifty-five: outsider_bq (protests, walkouts and political speech), tested in words of our
own. Speech about a policy, a war or a people at a rally, in a debate or on a sign says nothing of
anyone's own status, origin or faith, and stays; a student's own fact said in the same setting, a
people's name on the students themselves, and an event held in a language still go. A walkout's
route locates; a student's daily bus route says where home is."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("At the rally she told the crowd she crossed the border when she was nine.", "crossed the border"),
        ("The Eritrean students led the chant at the walkout and one of them had a knife.", "Eritrean"),
        ("During the debate Omar said his family is Palestinian and then swung at Kyle.", "Palestinian"),
        ("The vigil was held in Somali and Arabic, and afterwards the fight started.", "Somali"),
        ("He carried the flag of Honduras, the country his parents fled, at the march.", "parents fled"),
        ("If ICE shows up I'll shoot, since they deported my uncle last year.", "deported my uncle"),
        ("She stays with her aunt, and she takes the 23 bus to Ashmont every day.", "23 bus"),
        ("SSS wrote that Tyrell is on the list for them, the same as his brother.", "on the list for them"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "About 200 students walked out to protest the immigration crackdown; at 10:20 a counter-protester swung a bat.",
            ["immigration crackdown"],
        ),
        ("Kyle tore down a sign reading 'ICE OUT OF OUR SCHOOLS' and then punched Dev.", ["ICE OUT OF OUR SCHOOLS"]),
        ("During the debate on military aid to Ukraine, Sam threatened to stab his opponent.", ["aid to Ukraine"]),
        ("The lunchtime debate on whether Boston should stay a sanctuary city ended in a fight.", ["sanctuary city"]),
        ("The march went up Washington St to the State House rally, where the knife came out.", ["up Washington St"]),
        ("He took the 28 bus to the rally and showed the gun on the way.", ["took the 28 bus"]),
        ("The Stop Asian Hate rally on the front steps was interrupted by a student with a bat.", ["Stop Asian Hate"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_pep_rally_and_a_month_are_no_march(redactor: Redactor) -> None:
    # "March" the month and a pep rally are no cue of political speech
    assert_withheld(redactor, "He has lived in Chelsea since March and was at the pep rally.", "Chelsea")


def test_walking_out_of_a_room_is_no_protest(redactor: Redactor) -> None:
    text = "He said he is 'Palestinian and angry about everything' and walked out."
    assert_withheld(redactor, text, "Palestinian")
