"""Round forty: outsider_ay (international programs and travel) and outsider_az (creative work as
evidence), tested in words of our own. A school trip's destination, a visiting delegation, an exam's
oral, a song or a film's title stay; a lyric's shout-out to a block, a house's number over its door,
a station on someone's walk home, a poem's prayer and a face matched by name go."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On the band's trip to Lisbon a senior pulled a knife on a chaperone at the hotel.", ["trip to Lisbon"]),
        ("During the Ghana trip's layover he sold pills stamped M30 to two juniors.", ["Ghana trip"]),
        ("A teacher delegation from Senegal was in the room when he threatened to shoot.", ["delegation from Senegal"]),
        ("He wrote the threat on the back of his IB German oral notes.", ["IB German oral"]),
        ("At the Model UN conference, representing Chile, she punched another delegate.", ["representing Chile"]),
        ("He said the threat was 'a Straight Outta Compton thing, just rap' and then showed the gun.", ["Straight Outta Compton"]),
        ("The scene used a Dutch angle while he aimed the real pistol at the camera.", ["Dutch angle"]),
        ("Our Mexican muralists unit was on the wall where he drew the gun.", ["Mexican muralists"]),
        ("The fight was at Forest Hills station after the game.", ["Forest Hills station"]),
        ("A knife was found in the hallway by the nurse. Jordan Bell admitted it was his.", ["Jordan Bell"]),
        ("Makayla split the boy's eyebrow open to the bone with the lock.", ["eyebrow open to the bone"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('The last verse says "Wendover raised me" before the line about the gun.', "Wendover"),
        ('The hook is "Lenox till I die, LXB" and then he names the teacher.', "LXB"),
        ("The video was filmed on the porch of a house with the number 112 over the door.", "112"),
        ("He says he keeps the knife for the walk home from Ashmont station.", "Ashmont"),
        ("Her poem says she will light candles at shul for him and then the threat.", "shul"),
        ("The caption was 'Inshallah Friday' under a picture of the gun.", "Inshallah"),
        ("The airport's camera matched Leo's face to the man who left the bag.", "face"),
        ("The service trip to Haiti was his family's trip back home for a funeral.", "Haiti"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
