"""Round thirty: outsider_ah (the submitter who wants police to know) and outsider_ai (reports that
come through partners), tested in words of our own. Words written backwards, a country's flag
emoji, a crew's hashtag or handle, a status or a country hinted at, a crew "you know" he runs
with, a photo "run through" a face search, a zip code spaced out, a colour worn on a side, a same
block as someone else's; everyday initials ("CW", "DCF") are never a crew's or a place's, and a
surname is no misspelt term."""

from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.core.engine import Gate
from gatekeeper.redact import Redactor
from gatekeeper.service.requests import parse_submission, vet_names
from tests.redact.rounds import assert_kept, assert_withheld

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The fight started with the naitiaH boys at lunch. He had a knife.", "naitiaH"),
        ("He's got the 🇭🇹 on his backpack. He sold pills.", "🇭🇹"),
        ("She signs her posts #MapleStBoyz and had the gun in her bag.", "MapleStBoyz"),
        ("See attached (maple_st_crew_video.mp4). He had the gun.", "maple_st_crew"),
        ("His dad doesn't have a green one. The card, I mean. He had a knife.", "green one"),
        ("She is from, you know which country. She had a box cutter.", "you know which country"),
        ("He wears the colors, blue on the left side, so you know who he runs with. He had a gun.",
         "you know who he runs with"),
        ("The screenshot was run through FaceFinder and matched Dante at 88%.", "FaceFinder"),
        ("He lives in zip 0 2 1 2 4 with his aunt. He had a knife.", "0 2 1 2 4"),
        ("She leaves early for prayers on Fridays. She had a knife.", "for prayers"),
        ("He's a newcomer, came in last year with his mom. He had a knife.", "came in last year"),
        ("Mom's English is zero so call the aunt. He had a knife.", "English is zero"),
        ("He goes to Bethel AME with his grandmother. He had a knife.", "Bethel AME"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("With the mother present, CW observed a black semi-automatic handgun in the bag.",
         ["CW observed a black semi-automatic handgun"]),
        ("Inside was a black .40 caliber handgun wrapped in a towel.", ["black .40 caliber handgun"]),
        ("Happy 4th 🇺🇸 said the post under a photo of the gun.", ["🇺🇸"]),
        ("The bruise was red on the left side of his face after she hit him.", ["red on the left side of his face"]),
        ("The incident was at the Dorchester Youth Collaborative program site.",
         ["Dorchester Youth Collaborative program site"]),
        ("He said he was bringing his cousin's gun to New Mission on Friday.", ["cousin's gun to New Mission"]),
        ("He came in last period with a knife in his sock.", ["came in last period"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_a_surname_is_no_misspelt_term(redactor: Redactor) -> None:
    # "Marrero" is one edit from "marero" (a gang member in Central American slang): as a name's
    # word it is a surname and the request goes on; a long remark misspelt in a name still refuses
    gate = Gate.load(ROOT / "policies")

    def problems(name: str) -> list[dict[str, object]]:
        body = {
            "request_id": "r30", "school_id": "BPS-1", "recipient": "bpd", "ground": "weapon", "weapon": "knife",
            "incident": {"occurred_at": "2026-03-02T10:15:00-05:00", "location": "gym", "description": "a knife"},
            "student": {"student_id": "1", "name": name},
        }  # fmt: skip
        return vet_names(parse_submission(body, gate), gate)

    assert problems("Yesenia Marrero") == []
    assert problems("Luis Undocumentd")
    assert redactor.scan("Police say he is a marero.")


def test_a_sentence_may_start_with_an_emoji(redactor: Redactor) -> None:
    # found trying the service with a dictated memo of our own: the flag's sentence took the
    # sentence before it, which held the incident's fact
    out, _ = redactor.redact_text("The knife is in the office safe now. 🇨🇻🇨🇻 was on his phone case.", "incident.description")
    assert out.startswith("The knife is in the office safe now.") and "🇨🇻" not in out, out
