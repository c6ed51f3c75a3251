"""The families the tenth outsider's corpus (tests/data/corpus/outsider_j.jsonl, held out until
this round) found, each tested in words of our own: scanned statements typed up by character
recognition ("rnosque", "n0 papers"), staff shorthand for an interpreter ("needs int."), a family
member held in detention, residency awaited, holy days by name, a family celebration, a home in a
car; and the facts that must stay (a heading line over a statement, a home game, a pet, a plate)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor

PATH = "incident.description"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # character recognition's damage read as English; the damaged spelling is withheld
        ("She said she was late because of prayers at the rnosque on Friday.", "rnosque"),
        ("Per the nurse, mom has n0 papers and works two jobs.", "n0 papers"),
        ("Intake: Sornali-speaking household, call after 5.", "Sornali"),
        # staff shorthand for an interpreter
        ("Grandma needs int. for all calls home.", "needs int."),
        ("Guardian req'd interp for the phone call.", "interp"),
        # a family member held; residency awaited
        ("Her father has been in detention since the spring.", "detention"),
        ("The aunt says they are still waiting on her residency.", "residency"),
        # holy days by name; a family celebration
        ("He came late after Good Friday service with his grandmother.", "Good Friday"),
        ("The fight began over photos from her sister's quinceañera.", "quinceañera"),
        # a home in a car, on a street beside a shop
        ("Since March they have been sleeping in the van, usually parked on Norfolk Ave near the bakery.", "Norfolk Ave"),
        ('The beef is "Bowdoin vs. Geneva Ave" per the kids.', "Geneva Ave"),
        # a sentence pointing back at a withheld one about a group or a status
        ("Detectives have been watching the Elmhurst crew all fall. Everyone knows Dre is one of them.", "one of them"),
        ("His mom is undocumented. His older brother is in the same situation.", "same situation"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a short heading line is not wrapped into the statement under it
        (
            "Statement (scan), translated by staff\nMarcus cut A.B. on the arm with a box cutter at lunch.",
            ["Marcus cut A.B. on the arm with a box cutter at lunch."],
        ),
        # words that are English are never "corrected"
        ("He learned to turn the modern lock in room 101 this morning.", ["learned to turn the modern lock in room 101 this morning"]),
        # a home game, a pet, a plate, a sandwich
        ("During the home game against Charlestown he flashed a knife.", ["home game against Charlestown"]),
        ("The pills were hidden in the guinea pig cage in Rm 109.", ["guinea pig cage"]),
        ("He threw a china plate from the display cabinet at her.", ["china plate"]),
        ("They were eating Cuban sandwiches when the fight began.", ["Cuban sandwiches"]),
        # a team named after "vs." plays a game; sides of a feud do not
        ("Varsity soccer vs. Brighton at Moakley Park ended when he kicked a player.", ["vs. Brighton"]),
        # a square or a hall beside a street locates it
        ("On the 39 bus on Huntington Ave near Symphony Hall he pulled a knife.", ["Huntington Ave near Symphony Hall"]),
        # a capitalised damaged word is a name unless it reads as a category term
        ("The family is out of Fields Corne and he swung a bat.", ["swung a bat"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    out, _ = redactor.redact_text(text, PATH)
    for k in kept:
        assert k in out, out
