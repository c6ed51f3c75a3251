"""Round thirty-three: outsider_an (a submitter who wants police to know, writing to get past the
filter), outsider_ao (adults on campus) and outsider_ap (getting to and from school), tested in words
of our own.

A home told by what it stands beside, a field's "Home:", coordinates, a crew by its number, its
sign, its initiation, its work or its people, papers said with a qualifier, the dreamers' program by
what it did, origin by pointing back ("from there"), a phone's country code, worship and a holy month
by other words, a camera's face feature, a feud's "Side" all go. A station, a street or a
neighbourhood's name on the way to or from school stays in a sentence that says nothing of a home or
a habit (precision.yaml contexts: transit); a car's make before a model named like a city, the side
of the head, a spirit day's country stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from gatekeeper.redact.lexicon import RedactorLoadError, _str_list
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # on the way to or from school
        ("On the 39 after school, at Brigham Circle a boy pulled a knife on her.", ["Brigham Circle"]),
        ("The bus was approaching Ashmont at 3:20 PM when he punched the driver.", ["approaching Ashmont"]),
        ("Red Line train, 2:40 PM. Between Andrew and Broadway he showed a gun.", ["Between Andrew and Broadway"]),
        ("Driver log. At 3:05 PM on Washington St near Green St, he threw a bottle at the bus.", ["Washington St"]),
        ("The doors opened at Back Bay and transit police took the knife.", ["Back Bay"]),
        # things named like places
        ("He ran to a silver Toyota Sienna and a gray Dodge Durango in the lot with the pills.", ["Dodge Durango"]),
        ("The boy has a cut on his right temple from the padlock.", ["right temple"]),
        ("For spirit day each homeroom drew a country; ours drew Ghana, and he pulled a knife in line.", ["drew Ghana"]),
        ("He tried to leave without the right paperwork and a search found a pistol.", ["without the right paperwork"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a home by what it stands beside
        ("He brought the knife. He lives above the pizza shop by the rotary.", "pizza shop by the rotary"),
        ("She lives three doors down from the church on the hill, if that helps.", "three doors down"),
        ("They rent behind the car wash on the avenue.", "car wash"),
        ("His real home is the yellow house, second floor, past the bakery.", "yellow house"),
        ("He walks home to the part of town where the old theater is.", "old theater"),
        ("Every day he comes in from the last stop on the Orange Line.", "last stop"),
        ("She's from the towers by the highway, the ones with the red doors.", "towers by the highway"),
        ("Location: gym. Home: top floor, the gray triple-decker", "gray triple-decker"),
        ("Mom's app says 'Home - 42.3011, -71.0844 - arrived 3:50 PM'.", "42.3011"),
        # a crew
        ("He claims twenty, like his brothers, and showed the knife.", "claims twenty"),
        ("In the videos he throws up a four-two with his hands.", "four-two"),
        ("They say he got jumped in over the summer and now carries.", "jumped in"),
        ("He puts in work for the guys on the corner, so the pills are theirs.", "puts in work"),
        ("Her real crew is the one by the skate park, not the dance team.", "real crew"),
        ("It was the kids from across the tracks he rolls with.", "rolls with"),
        ("The older boys were from the Dale Side and came looking for him.", "Dale Side"),
        # status and origin
        ("Between us, the parents don't have the proper papers, so do not expect them.", "proper papers"),
        ("He is one of the kids brought over as babies, so this matters for him.", "brought over as babies"),
        ("They have only been here since the spring.", "only been here since"),
        ("The class studied Port-au-Prince; the boys said she's really from there, and she hit one.", "from there"),
        ("He wears the jersey every day because that's his mother's homeland.", "homeland"),
        ("Call the aunt at the number starting +509 instead.", "+509"),
        ("His father has a removal case pending, so he may not come in.", "removal case"),
        ("The family came through a resettlement agency last year.", "resettlement agency"),
        # faith
        ("Mom goes to Friday services and will not answer then.", "Friday services"),
        ("It was the fasting month for the family, so he had not eaten.", "fasting month"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    "text",
    [
        "The camera system's face ID feature picked him out at the door.",
        "The vendor's search matched the face of the boy on the bus to his ID photo.",
        "Please run the attached 10th grade yearbook photos against the station video.",
        "Could you compare the attached class photos to your footage to find him?",
    ],
)
def test_face_matching_is_found(redactor: Redactor, text: str) -> None:
    reds = redactor.redact_text(text, "incident.description")[1]
    assert any(r.category.value == "face_surveillance" for r in reds), text


def test_a_bare_yaml_boolean_in_a_word_list_is_refused() -> None:
    # YAML reads a bare on, off, yes or no as true or false: "on" once became "True" in a list
    with pytest.raises(RedactorLoadError, match="quote it"):
        _str_list(["at", True, "near"], "precision.contexts.transit.before")


def test_a_home_s_place_recurring_as_a_station_locates_the_incident(redactor: Redactor) -> None:
    text = (
        "At 3:15 PM at the Maverick busway he cut a boy's arm with a bottle. "
        "Background: he lives with his uncle in Maverick Landing."
    )
    out, _ = redactor.redact_text(text, "incident.description")
    assert "Maverick busway" in out and "Landing" not in out, out
