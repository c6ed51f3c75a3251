"""Round forty-seven: outsider_bg (describing people) and outsider_bh (housing and homes that move),
tested in words of our own. A description's forbidden item goes and its other items stay; a skin's
tone, faith worn, a motel the state placed a family in, a home stop on a transportation form and a
relative's place go; a face's line, a prom's hotel, a trip's dorm and a knife block stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The witness said the man had tan skin and a scar over his lip.", "tan skin"),
        ("She is about 5'2, olive-complected, with a ponytail.", "olive-complected"),
        ("The boy at the gate wore a black prayer cap and gray sweats.", "prayer cap"),
        ("Camera shows a girl with a Star of David necklace handing over the bag.", "Star of David"),
        ("Mom wrote that they are at the Days Inn on Route 1 for now.", "Days Inn"),
        ("He keeps saying everyone at the Super 8 in Saugus sells it.", "Super 8"),
        ("Current PM stop: Washington St & Beethoven St\nGrade: 8", "Beethoven St"),
        ("He left the pills at his uncle's place on Bowdoin Ave.", "Bowdoin Ave"),
        ("She grabbed the knife at Maple Court, the group home in Roslindale where she was placed.", "Maple Court"),
        ("He came through the desert when he was nine and still dreams about the crossing.", "when he was nine"),
        ("The family refused a blood transfusion after the fight last year.", "blood transfusion"),
        ("Per the transport form, his AM stop is Talbot Ave & Norfolk St.", "Talbot Ave"),
        ("ACCESS: 1.9 (2025)\nIncident: he pushed a teacher.", "1.9"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The witness described him as tall, thin, a gray hoodie, a black kufi, white Air Forces and a limp.",
            ["tall, thin, a gray hoodie", "white Air Forces and a limp"],
        ),
        ("The guard described the driver as a young Haitian man with a neck tattoo.", ["with a neck tattoo"]),
        ("Face: teardrop tattoo under the right eye, patchy beard", ["teardrop tattoo under the right eye"]),
        ("He wore a Canadian tuxedo, a Panama hat and a Cuban link chain.", ["Canadian tuxedo", "Cuban link chain"]),
        ("Access to weapon: says his cousin keeps a pistol in the car", ["keeps a pistol in the car"]),
        ("The prom was in the Westin's grand ballroom, rented by the school for the night.", ["rented by the school"]),
        ("On the college visit the group stayed in a dorm at UMass, where the fight happened.", ["stayed in a dorm"]),
        ("The foster mother confirmed a steak knife is missing from the block.", ["missing from the block"]),
        ("The class visited the Hotel Vendome memorial on Commonwealth Ave when he pulled the blade.", ["Commonwealth Ave"]),
        ("He bought the pills from a man near the Jamaica Pond boathouse by the reservoir path.", ["boathouse"]),
        ("They met at the pizza place on Centre St, where he pulled the knife.", ["Centre St"]),
        ("The nurse noted pale, clammy skin and a fast pulse after the overdose.", ["pale, clammy skin"]),
        ("Access: rear stairwell door by the gym", ["rear stairwell door"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_header_time_is_no_ride(redactor: Redactor) -> None:
    """An e-mail header's time ("1:15 PM") is no ride's: a neighbourhood in the next paragraph that
    says where a student sleeps goes."""
    text = (
        "From: Liaison\nDate: Wed, Oct 15, 2025 1:15 PM\n\n"
        "He has been couch-surfing with friends\nin Mattapan and Hyde Park most nights."
    )
    assert_withheld(redactor, text, "Hyde Park")
