"""The families the eleventh outsider's corpus (tests/data/corpus/outsider_k.jsonl, held out until
this round) found, each tested in words of our own: letters typed as digits on purpose ("p4p3rs"),
a post's hashtags, the fear of removal, a green card by its everyday name, an origin left unnamed,
a crew by its colours, a face match by its score, a parish by name, a quotation or a dashed aside
opened inside a statement; and the facts that must stay (a seat on a bus, stairs, a curb, a storm
drain, a school's group, a video, a student's slang, a background section of a note)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a digit or sign for the letter it looks like
        ("Kids kept chanting that his mom has n0 p4p3rs and laughing.", "p4p3rs"),
        ("The camera vendor sent a f4c3 m@tch on the kid by noon.", "m@tch"),
        # a post's hashtags run words together; the run goes as one
        ("Caption: cant wait for friday #blessed #orchardparkboys #noSnitching", "#blessed"),
        # the fear of removal; a green card by its everyday name; an unnamed origin
        ('He cried and said "they will send us back" if anyone calls.', "send us back"),
        ("Her aunt is afraid they'll take her dad next.", "take her dad"),
        ("Dad is still waiting for his card, the counselor said.", "waiting for his card"),
        ('His friends say the family is "not from here" and tease him.', "not from here"),
        # a crew by its colours; a face match by its score; what the system does
        ("Witnesses say he rolls with the red flags now.", "red flags"),
        ("The system gave a 91% match on the boy in the hoodie.", "91% match"),
        ("The new software scans students' faces at the door.", "scans students' faces"),
        # a parish by name, set off by a comma; "my church"
        ("The two girls know each other from Saint Brendan's, the church on the corner.", "Saint Brendan's"),
        ("I was coming from choir at my church when they jumped me.", "my church"),
        # a quotation opened inside the statement closes with it
        ('Someone yelled "he is undocumented so nobody will care" in the hall.', "nobody will care"),
        # a dashed aside opened inside the statement closes with it
        (
            "She said since they moved from Peru last spring - they rent a room in the Mildred Hayes"
            " building, the tall one by the rotary - she has no friends.",
            "the tall one by the rotary",
        ),
        # a people or a place said through a quotation mark
        ('Her cousin is "from the Lenox side and has a problem with them."', "Lenox"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a seat on a bus, the stairs, a curb, a storm drain
        ("He stopped swinging and the girl moved to the front of the bus.", ["moved to the front of the bus"]),
        ("I was coming up the back stairs on the Parker St side when I heard yelling.", ["coming up the back stairs"]),
        ("The bus sat at the curb on Harrison Ave when he opened the blade.", ["curb on Harrison Ave"]),
        ("Officers recovered the gun from a storm drain on Walnut St.", ["storm drain on Walnut St"]),
        ("He waited outside the school on Warren Street with the bat.", ["school on Warren Street"]),
        # an identification that came from somewhere is no origin
        ("The tip came from the camera vendor's help desk at 9:10.", ["came from the camera vendor"]),
        # a school group's name; a video named after a country
        ("She dances with the school's step group Nova Crew and pulled a knife at practice.", ["Nova Crew"]),
        ("They were watching a Brazil highlight video when he threw the chair.", ["Brazil highlight video"]),
        # a student's slang is English
        ('Text at 6:40: "im startin at the lib w the .40 tomorrow"', ["startin at the lib"]),
        # a section of a note called background
        ("Background: on 3/2 staff found two bags of pills in his locker.", ["two bags of pills"]),
        # a threat to send a student back to class
        ("The teacher said she will send him back to class after lunch.", ["send him back to class"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
