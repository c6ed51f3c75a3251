"""The families two outsiders' corpora found (tests/data/corpus/outsider_a.jsonl, outsider_b.jsonl),
each tested in words of our own: the fix is for the family, not for the sample's strings."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # leetspeak digits inside a word
        ("His dad is S0m4l1 and had a knife.", "S0m4l1"),
        ("The family is Musl1m, per the counselor.", "Musl1m"),
        ("Counselor says the family is 1ndocumented.", "1ndocumented"),  # and misspelt
        # a hyphen inside one word of a multi-word name
        ("The other boy is Puerto Ri-can.", "Ri-can"),
        ("Both students are Cape Verd-ean.", "Verd-ean"),
        # the last word of a place's name cut short or misspelt
        ("Her family stays in Jamaica Pla now.", "Jamaica Pla"),
        ("The family is out of Fields Corne.", "Fields Corne"),
        # slang and clipped demonyms
        ("the Catracho kids from 2nd lunch", "Catracho"),
        ("the Guanaco boys were waiting", "Guanaco"),
        ("He said the Nica kids started it.", "Nica"),
        # Spanish or Portuguese words inside an English sentence
        ("counselor says the fam is ilegal", "ilegal"),
        ("Mom said they have no papeles.", "papeles"),
        ("the uncle is imigrante, per the aunt", "imigrante"),
        # a misspelt faith name
        ("They are Jehovas Witnesses and want no photos.", "Jehovas"),
        ("a Jehova family, no photos", "Jehova"),
    ],
)
def test_family_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert gone not in out and MARKER in out and reds, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # courses by their level
        ("He walked out of Portuguese 3 without a pass.", "Portuguese 3"),
        ("She was in AP French Language when staff came.", "AP French Language"),
        ("Mandarin II was in room 110.", "Mandarin II"),
        # a facility or a named place that locates the incident, then its street
        ("It started at the bus shelter on Warren St right outside.", "bus shelter on Warren St"),
        ("He had just left the YMCA branch on Huntington Ave.", "branch on Huntington Ave"),
        ("She bought it at the Walgreens on Blue Hill Ave.", "Walgreens on Blue Hill Ave"),
        ("The fight spilled across Seaver St in front of the school.", "across Seaver St"),
        ("They met at the Forest Hills T station after school.", "Forest Hills T station"),
        ("It started at the Dudley St side entrance.", "Dudley St side entrance"),
        # a school's team is not a home
        ("He threatened the game against Dorchester on Friday.", "game against Dorchester"),
        # foods named after a people or a country
        ("She was eating Swiss cheese and a Turkish delight.", "Turkish delight"),
        ("The argument was over a bag of Swedish Fish.", "Swedish Fish"),
        ("He had a Greek yogurt at lunch.", "Greek yogurt"),
        # crews that are services, not gangs
        ("The fire crew arrived at 2:10.", "fire crew"),
        ("The EMS crew checked him.", "EMS crew"),
        # a place name with a possessive is a person
        ("A blade was taped inside Georgia's binder.", "taped inside"),
        # a section label before a sentence about the student
        ("Background: Kayla is a grade 9 student with no prior incidents.", "grade 9 student"),
    ],
)
def test_incident_fact_stays(redactor: Redactor, text: str, kept: str) -> None:
    out, _ = redactor.redact_text(text, "incident.description")
    assert kept in out, out


@pytest.mark.parametrize(
    "text",
    [
        "He lives near the bus stop on Columbia Rd.",
        "He is from the Bromley on Heath St.",
        "He stays at his grandma's place on Norfolk Ave.",
        "The family moved to the building on Seaver St.",
        "He ran toward Hyde Park Ave.",  # a neighbourhood's name in a street still says one
    ],
)
def test_residence_near_a_facility_is_still_withheld(redactor: Redactor, text: str) -> None:
    out, _ = redactor.redact_text(text, "incident.description")
    assert MARKER in out, out


def test_a_green_car_is_not_a_cut_green_card(redactor: Redactor) -> None:
    text = "He drove off in a green car with 14 pills stamped M30 and a 3-inch blade."
    assert redactor.redact_text(text, "incident.description")[0] == text
