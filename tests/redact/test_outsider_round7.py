"""The families the seventh outsider's corpus (tests/data/corpus/outsider_g.jsonl, held out until
this round) found, each tested in words of our own: a form's labels inside free text ("FLAG=Y", a
rule line), a place a residence statement names recurring as a crew or by its short form, an
affiliation said with a pronoun or by colours, a shout-out, a verb left before a withheld object,
practice of a faith without its name, a parent's words in the family language, status said
plainly, and the facts that must stay (a shop, a school-calendar day, an entrance in a sentence
that mentions someone from a team)."""

from __future__ import annotations

import pytest

from gatekeeper.core.types import Category
from gatekeeper.redact import MARKER, Redactor

PATH = "incident.description"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a form's labels inside free text: label and value go, the next line stays its own
        ("ASYLUM_CASE=open\nBehaviour: threw a chair at the aide.", "ASYLUM_CASE"),
        ("Home Lang Code: POR | Injuries: bruised wrist", "POR"),
        ("Prayer accom: Fridays 1pm\nIncident: punched a peer in line.", "Fridays 1pm"),
        # a place named where the student lives, named again as a side or by its short form
        ("He said the pills were for the Whitfield boys. He lives in the Whitfield development.", "Whitfield boys"),
        ("Officer notes a Mount Vernon Terrace tattoo ('MVT') on his wrist.", "MVT"),
        # an affiliation said with a pronoun, or by colours, or a shout-out in a track
        ("It started over a video; everyone knows Tariq reps them.", "reps them"),
        ("She told the dean the girls 'know what colors I rep' and that's why.", "what colors I rep"),
        ("In the clip he gives a shout out to the Elm Hill boys before the threat.", "Elm Hill boys"),
        # the verb is not left before its withheld object
        ("Dad said they've been staying since the fire at the family shelter.", "staying"),
        # practice of a faith without its name
        ("He was fasting for Ramadan and got dizzy before the fight.", "fasting"),
        ("She wears a kippah to class and was teased about it.", "kippah"),
        # a parent's words in the family language; status said plainly
        ("Mom kept saying 'mi hija is not like that' on the phone.", "mi hija"),
        ("Grandma is afraid they will get sent back if police come.", "sent back"),
        ("The family has been 8 months in this country.", "months in this country"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a labelled line and a rule end their statement: the incident below stays
        ("REFUGEE_FLAG=Y\n----\nJaylen hit a classmate with a stapler.", ["Jaylen hit a classmate with a stapler"]),
        ("route_home = lives on Ashford St\n\nJaylen swung a belt at the bus monitor.", ["swung a belt"]),
        # a shop, a day on the school calendar, a takeout bag
        ("The brass knuckles came from Amazon, she said.", ["from Amazon"]),
        ("Pills were in a Thai restaurant takeout bag after the Cinco de Mayo lunch.", ["takeout bag", "Cinco de Mayo"]),
        # an entrance that locates the incident, with someone from a team later in the sentence
        ("At the Boylston St entrance he shoved a student from the chess team.", ["Boylston St entrance"]),
        # a place a residence statement names, inside a school's own name, locates the school
        (
            "He lives in the Whitfield development. The fight was at Whitfield Middle School.",
            ["Whitfield Middle School"],
        ),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    out, _ = redactor.redact_text(text, PATH)
    for k in kept:
        assert k in out, out


def test_a_key_that_names_a_value_is_not_echoed_in_the_path(redactor: Redactor) -> None:
    # "IMMIG_FLAG" says what the withheld value is: the path carries a marker, the category stays
    _, reds = redactor.redact_student({"student_id": "S1", "name": "Lena Park", "immig_flag": "Y", "siv_holder": True})
    assert all("immig" not in r.path.lower() and "siv" not in r.path.lower() for r in reds), reds
    assert {r.category for r in reds} == {Category.IMMIGRATION_STATUS}


def test_a_key_made_of_field_words_keeps_its_name(redactor: Redactor) -> None:
    _, reds = redactor.redact_student({"student_id": "S1", "name": "Lena Park", "home_language": "Somali"})
    assert [r.path for r in reds] == ["student.home_language"]
