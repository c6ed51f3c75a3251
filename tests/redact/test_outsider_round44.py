"""Round forty-four: outsider_bd (text damaged on the way: mojibake, HTML, quoted-printable, RTF,
PDF page footers, invisible characters, fixed-width exports), tested in words of our own. The
repair itself is tests/redact/test_transport.py; here, what the round found beside it."""

from __future__ import annotations

import pytest

from gatekeeper.core.person_name import name_problem
from gatekeeper.policy.text import is_blank
from gatekeeper.redact import MARKER, Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a PDF page's footer between two lines of one sentence
        ("He said he would cut the Cape\nBPS | Safety Services   Page 2 of 5\nVerdean kids after lunch.", "Verdean"),
        # a word processor's invisible characters between sentences
        ("\u200bHe had a blade.\u200b His family came from Brazil in 2024.", "Brazil"),
        # RTF source
        ("{\\rtf1\\ansi \\pard He is a member of the Kemble St Kings.\\par}", "Kemble"),
        # fixed-width fields two spaces apart, and a country that is also a given name
        ("Student: ODUYA, PAUL  Gr 11  Born: Kisumu, Kenya  Lang: Luo", "Kenya"),
        # young people named by where they are from
        ("He has had trouble with a group of boys from Geneva since September.", "Geneva"),
        ("Them kids outta Orchard were waiting by the gate.", "Orchard"),
        # the slur without its "fresh"
        ("The older boys call him \u201coff the boat\u201d in the hallway.", "off the boat"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("{\\rtf1\\ansi \\pard He is a member of the Kemble St Kings.\\par\nDismissal was held for ten minutes.\\par}", ["Dismissal was held for ten minutes."]),
        ("Found during nurse visit: 2 bags of white powder in his sock.", ["2 bags of white powder"]),
        ("Name: Ana Ruiz  Grade: 9  Address: 14 Lucerne St  Knife: yes", ["Name: Ana Ruiz", "Grade: 9", "Knife: yes"]),
        ("The boys from Brighton High came to the game and a fight broke out.", ["boys from Brighton High"]),
        ("The girls from Madison Park Technical Vocational High School were in the stands.", ["Madison Park"]),
        ("The kids from Ms. Lee's room saw the knife.", ["kids from Ms. Lee's room"]),
        ("We got off the boat at Georges Island at 11 and he pulled the knife.", ["got off the boat"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_a_record_field_named_in_a_familys_language_says_its_category(redactor: Redactor) -> None:
    # "idioma" is Spanish and Portuguese for language, not a misspelt face-recognition vendor:
    # a face finding would deny the whole request
    _, reds = redactor.redact_student({"name": "Ana Ruiz", "idioma": "Espa\u00f1ol", "pais_nascimento": "Brasil"})
    assert {r.category.value for r in reds} == {"language", "national_origin"}


@pytest.mark.parametrize("value", ["&nbsp;", "<p><br></p>", " <div> </div> ", "\u200b"])
def test_an_editors_empty_markup_is_no_threat_statement(value: str) -> None:
    assert is_blank(value)


@pytest.mark.parametrize("value", ["<p>I will shoot him</p>", "&lt;3", "a <b> c"])
def test_markup_with_words_is_written(value: str) -> None:
    assert not is_blank(value)


@pytest.mark.parametrize("name", ["Andr\u00c3\u00a9 Toussaint", "Jos\ufffd Luis Hern\ufffdndez", "\ufffdlvarez, Ana"])
def test_a_name_damaged_on_the_way_is_a_name(name: str) -> None:
    assert name_problem(name) is None


def test_a_remark_in_a_damaged_name_is_still_refused() -> None:
    assert name_problem("Jos\u00c3\u00a9 undocumented") is not None


def test_the_police_copy_keeps_the_damage_the_school_sent(redactor: Redactor) -> None:
    text = "Knife found at 10:05.\u200b His family came from Brazil in 2024."
    out, _ = redactor.redact_text(text, PATH)
    assert out.startswith("Knife found at 10:05.\u200b") and MARKER in out and "Brazil" not in out
