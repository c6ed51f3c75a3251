"""Round forty-five: outsider_be (Boston's places in every form), tested in words of our own. A
place that locates the incident, a program or an institution stays, though a home's statement in
the same report names the same place; where someone lives still goes."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a home's place recurring where the incident happened
        ("He lives near Fields Corner with his aunt. At 3:10 he swung a bat on the platform at Fields Corner.", ["platform at Fields Corner"]),
        ("At the school's Roslindale campus a girl showed a knife. Her family lives in Roslindale too.", ["school's Roslindale campus"]),
        ("The fight was in the lower busway at Ashmont. He stays near Ashmont with his dad.", ["lower busway at Ashmont"]),
        # community centers, library branches and health centers named for their neighbourhood
        ("The swim class at BCYF Roslindale ended at 2:10 when he pulled the blade.", ["BCYF Roslindale"]),
        ("He was waiting at the BPL Codman Square branch with the pills.", ["BPL Codman Square branch"]),
        ("Outside the Dorchester Neighborhood Health Center at 4:00 she hit a girl with a lock.", ["Dorchester Neighborhood Health Center"]),
        # a named venue before its street, without "the" and with "of"
        ("After school at BCYF Tobin on Tremont St, Jay cut a boy's arm with a box cutter.", ["BCYF Tobin on Tremont St"]),
        ("The field trip to the Museum of Fine Arts on Huntington Ave was cancelled after the threat.", ["Museum of Fine Arts on Huntington Ave"]),
        # a transit shelter, an organisation with a development's name
        ("He sold the pills at the Dudley Silver Line shelter at 2:15.", ["Silver Line shelter"]),
        ("The program the school runs with Codman Square Development Corporation meets at 4.", ["Codman Square Development Corporation"]),
        ("The video shows the inbound platform at Maverick station at 7:40.", ["Maverick station"]),
    ],
)
def test_place_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He lives near Fields Corner with his aunt.", "Fields Corner"),
        ("She lives in the Mission Main development and had a knife at the library.", "Mission Main"),
        ("Dante has been hanging with a group that calls itself 'Low Bottoms' since the fall.", "Low Bottoms"),
        ("The victim says she runs with the Dot Ave girls, a group police have linked to a crew.", "linked to a crew"),
        ("He asked where she lives? I said near Maverick Square, with her grandmother.", "Maverick Square"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


def test_a_threats_place_named_by_a_home_elsewhere_stays_in_the_location(redactor: Redactor) -> None:
    # the location field names where the threat will happen; a name a home's statement in another
    # field gives is no reason to withhold it there
    out, _ = redactor.redact_text("Target location: Forest Hills busway, upper level", "incident.location")
    assert "Forest Hills busway" in out


def test_class_photos_run_against_footage_is_face_surveillance(redactor: Redactor) -> None:
    text = "We are attaching the class photos so BPD can run them against the gym camera footage and identify him."
    _, reds = redactor.redact_text(text, PATH)
    assert any(r.category.value == "face_surveillance" for r in reds)
