"""Round thirteen: the families the thirteenth outsider's corpus (tests/data/corpus/outsider_m.jsonl,
held out until this round) found, each tested in words of our own: where a student gets on or off
the bus, a housing development by its other names (Gardens, Commons, Court) and its buildings, a
crew's juniors, slogans and shouts, two crews named together, a ticked box on a referral form, a
name set between commas after a withheld statement, "papers aren't straight", "doesn't do English",
an accent mocked, a church named worship word first; and the facts that must stay (a thing that
"was a black" something, a shop called a "place", a street corner in front of the school, a park's
pond, a school's K-8 name, English words that look like pinyin)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a home stop, in a driver's note, in capitals too
        ("Per the driver, Aliyah gets off at the Brookfield Court stop every day. She had a knife.", "Brookfield"),
        ("KEVIN GETS ON AT HALSEY TERRACE. HE SHOWED A KNIFE ON THE BUS.", "HALSEY"),
        ("Her stop is Marden Ave by the laundromat. She had a box cutter.", "Marden"),
        # a home pickup (the approver's doubted-number tests used this sentence until this round)
        ("His cousin picks him up at 41 Kestrel every day. He had a knife.", "Kestrel"),
        # a development by its other names, and its building
        ("Grandpa walked out of the Tilden Gardens building to meet the van. He had the knife.", "Tilden"),
        ("He said he sleeps near the Wexley Commons playground most nights. He had the knife.", "Wexley"),
        ("meet me at the Orrin Homes lot, im in building D", "Orrin"),
        # crews: juniors, a slogan, a shout, two named together, carrying for them
        ("Teachers say he runs with the 9-Birch youngins now. He had a gun.", "9-Birch"),
        ("His backpack says Harrow Point 4 Life in marker. He had a gun.", "Harrow"),
        ('The caption read "HKB on top" under the video. He had a gun.', "HKB"),
        ("The SRO said it was a beef between rival crews, the Alden Mob and Greyfield. He had a gun.", "Greyfield"),
        ("A witness said he carries for the older boys on that block. He had a gun.", "carries for"),
        # a ticked box on a form: the label and its value
        ("Flags:\n\u2610 Self-harm   \u2611 Gang involvement suspected: hoodie with 3-Line logo\nNotes: knife found.", "3-Line"),
        # a name between commas after a withheld statement
        ("Mom asked that their imam, Sheikh Tarek at the Ferncroft center, be called. He had a knife.", "Tarek"),
        # status, language, origin in other words
        ("The uncle said the boy's paperwork isn't done yet, so please be careful. He had a knife.", "paperwork"),
        ("Dad doesn't do English, so we called through the liaison. He had a knife.", "English"),
        ("She said kids keep making fun of her accent at lunch. She had a knife.", "accent"),
        # a church named worship word first
        ("The family attends Iglesia Roca Firme on Sundays, the aunt said. He had a knife.", "Roca"),
        ("His father is a deaconess's husband at the church, mom said. He had a knife.", "deaconess"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a thing that was a colour is no person
        ("He opened his hand. It was a black butterfly knife with a chipped handle.", ["black butterfly knife"]),
        # a shop called a place, a corner in front of the school
        ("She sold pills outside the taco place on Dorset Street, next to the school.", ["taco place on Dorset Street"]),
        ("At the corner of Ludlow Street and Pelham Avenue, right by the front doors, he showed a gun.", ["corner of Ludlow Street"]),
        # a park's pond, a school's K-8 name, a development's name that is a school's
        ("On the class trip to Jamaica Pond he pulled a knife near the boathouse.", ["Jamaica Pond"]),
        ("The Hernandez K-8 trip ended early after she pulled a knife.", ["Hernandez K-8 trip"]),
        ("He brought the knife to Orchard Gardens K-8 on Monday.", ["Orchard Gardens K-8"]),
        # English words shaped like pinyin
        ("The gun was taped above a ceiling tile in the bathroom.", ["above a ceiling tile in"]),
        # a crew's word that is a history lesson or a team
        ("He yelled that the Celtics on top, then pulled the knife.", ["Celtics on top"]),
        ("The locker log says 14:48 Boys' locker room, knife found.", ["14:48 Boys' locker room"]),
        # a court of law is no street
        ("He has a hearing at Suffolk Juvenile Court next week; he had a knife today.", ["Suffolk Juvenile Court"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
