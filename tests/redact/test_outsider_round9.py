"""The families the ninth outsider's corpus (tests/data/corpus/outsider_i.jsonl, held out until
this round) found, each tested in words of our own: a place named and then said to be home ("where
he lives", "the development there"), a kind of home on a street, a home given by a landmark, an
address with its floor and no street word, the building or unit beside a home's place, a relative
who translates for the family, notices in the family's languages, a learner level run together; and
the facts that must stay (a case number that ends like a zip code, an intersection, a station named
with its line, a time before a place, a history lesson, a half-door, a school's name)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor

PATH = "incident.description"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a place named, then said to be home: the sentence goes
        ('He was jumped near "the blue two-family on Wensley" where Dante stays with his uncle.', "Wensley"),
        ("She takes the 22 to the Ashmont stop, she lives in the complex there, per the driver.", "Ashmont"),
        # a kind of home on a street; a home by its look and a landmark
        ("His grandmother's triple-decker on Glenway was searched by nobody.", "Glenway"),
        ("Send it to the green house, two doors down from the Fields Corner library.", "green house"),
        # an address with a floor or a unit and no street word
        ('New contact on the card: "27 Mascot, 2nd flr, ring twice."', "27 Mascot"),
        # the building or unit beside a home's place
        ("The cousin lives at Franklin Field, building 12, with the baby.", "building 12"),
        ('Emergency contact: grandma, "Bldg 3, Orchard Gardens, 4th floor".', "Bldg 3"),
        # a relative who translates for the family; notices in the family's languages
        ("His older sister came in and had to translate for their father.", "translate"),
        ("Dad will come Friday; the cousin can interpret since dad asked for it.", "interpret"),
        ("Mail the suspension letter home in both languages.", "both languages"),
        # a learner level run together
        ("Profile note: EL2, new to the district in October.", "EL2"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a case number that ends like a zip code
        ("Referral SAF-26-02121 filed at 9:40 for the razor blade.", ["SAF-26-02121"]),
        # an intersection and a station named with its line locate the incident
        ("At the 22 bus stop on Columbia Rd at Quincy St he flashed a knife.", ["Columbia Rd at Quincy St"]),
        ("Outside the Mass Ave Orange Line station he sold pills to two students.", ["Mass Ave Orange Line station"]),
        # a time before a place; one rare English word beside a common one is no language
        ("The game ended 7:15 PM, visitor bleachers, when the gun fell out.", ["visitor bleachers"]),
        # a history lesson, a half-door, a school's name
        ("During the lesson on chain gangs he pulled a blade.", ["chain gangs"]),
        ("She passed the pills over the Dutch door of the nurse's office.", ["Dutch door"]),
        ("The pills were found at UP Academy Holland in a locker.", ["UP Academy Holland"]),
        # a floor that ends the sentence keeps the next sentence its own
        ("He lives at 14 Elm St, 2nd floor. It began at the Ruggles busway.", ["It began at the Ruggles busway."]),
        # "where" about the incident, not a home
        ("He showed the knife where the buses line up after school.", ["where the buses line up"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    out, _ = redactor.redact_text(text, PATH)
    for k in kept:
        assert k in out, out


def test_a_possessive_stays_with_the_students_name(redactor: Redactor) -> None:
    text = "Coach took it. Tomas's aunt says the family is still waiting on their hearing."
    out, _ = redactor.redact_text(text, PATH, protect=["Tomas Vega", "Tomas", "Vega"])
    assert out == f"Coach took it. Tomas's {MARKER}.", out
