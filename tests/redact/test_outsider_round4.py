"""The families the fourth outsider's corpus (tests/data/corpus/outsider_d.jsonl, held out until this round) found,
each tested in words of our own: crews named only by the shape of their name, initials that a
statement explains, a language named in its own words or romanised, log lines that start with a
time, a quotation that is part of its sentence, and facilities that are no residence."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor

PATH = "incident.description"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a crew no list holds, by the shape of its name
        ("He posts videos with the Hollister Block every weekend.", "Hollister Block"),
        ("Staff think she is close to the Marden Ave Boyz.", "Marden Ave Boyz"),
        ("Word is he runs errands for the Kenmore Squad.", "Kenmore Squad"),
        # a hand sign, with or without its crew
        ("In the video he throws up the KMB hand sign.", "KMB"),
        # a language named by the frame, whatever the word for it
        ("Her grandfather speaks only Tigrinya.", "Tigrinya"),
        ('His aunt speaks "farsi-ish" mostly.', "farsi-ish"),
        ("Mom speaks po-russki with the kids.", "po-russki"),
        # romanised family languages
        ("Dad texted: wallah ma3andi shi, I was at work.", "ma3andi"),
        ('Grandma kept saying "wo bu zhidao ta zai nali" on the phone.', "zhidao"),
        ("The uncle said they are lajieen since 2023.", "lajieen"),
        ("Dad whispered bez dokumentov to the counselor.", "dokumentov"),
        # misspellings that sound like a term, however short
        ("Her dad drives them to the sinagog on Saturdays.", "sinagog"),
        ("Uncle goes to the mosk after work.", "mosk"),
        # a coordinated language after the first one
        ("Her father speaks Pulaar and Wolof. The nurse checked her hand.", "Wolof"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out


def test_initials_a_statement_explains_go_everywhere(redactor: Redactor) -> None:
    text = (
        "Cam has a DSB tattoo on his neck, which the SRO says stands for the Dudley Square Boys. "
        "Later in the gym he wrote DSB on the wall with a marker and punched J.T. in the jaw."
    )
    out, _ = redactor.redact_text(text, PATH)
    assert "DSB" not in out and "Dudley Square Boys" not in out, out
    # the statement goes whole, with no attribution left to frame it
    assert "which the SRO says" not in out and "stands for" not in out, out
    assert "punched J.T. in the jaw" in out, out


def test_a_name_a_statement_gives_goes_where_it_recurs(redactor: Redactor) -> None:
    text = "He is a member of the Grayson Lane crew. Two Grayson Lane kids waited by the bus after."
    out, _ = redactor.redact_text(text, PATH)
    assert "Grayson Lane" not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a timestamp that starts a line is no house number, and each log line is its own statement
        (
            "0940 hrs Nurse Park called EMS\n0941 hrs Family is Cape Verdean per dad\n0950 hrs Camera saved",
            ["0940 hrs Nurse Park called EMS", "0950 hrs Camera saved"],
        ),
        # a facility after a verb of moving is where the incident went, not a residence
        ("The class moved to the library and the fight started again.", ["moved to the library"]),
        # school groups, class periods, bands and books are not crews
        ("During B Block the Stage Crew found a knife backstage.", ["B Block", "Stage Crew", "knife"]),
        ("He wore a Beastie Boys shirt and had a box cutter.", ["Beastie Boys", "box cutter"]),
        ("She flashed a peace sign at the camera, then swung the bat.", ["peace sign", "swung the bat"]),
        ("He scored a 3rd-degree burn on the 2nd floor at 9am with a 9mm round.", ["3rd-degree", "9mm"]),
        # an English word that sounds like a term is English ("mask", not "mosque")
        ("He wore a ski mask and carried a bat.", ["ski mask", "carried a bat"]),
        # English words that happen to look like pinyin
        ("he ran a lap and then he hit a kid", ["he ran a lap"]),
    ],
)
def test_facts_stay(redactor: Redactor, text: str, kept: list[str]) -> None:
    out, _ = redactor.redact_text(text, PATH)
    for k in kept:
        assert k in out, out


def test_a_quotation_inside_a_sentence_goes_with_it(redactor: Redactor) -> None:
    out, _ = redactor.redact_text('The family prays at "la iglesia de Dios" every Sunday. He had a knife.', PATH)
    assert out.startswith(MARKER) and "every Sunday" not in out and "He had a knife." in out, out
