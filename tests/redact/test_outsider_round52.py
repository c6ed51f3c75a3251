"""Round fifty-two: outsider_bm (families' and neighbours' own cameras and apps), tested in words
of our own. A home camera's face recognition by its own labels and a face-search app deny; a
neighbour's "doors down from us" is a home; a clip's source is no origin, and a street named for a
person stays where the clip shows the incident."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The doorbell app sent 'Familiar face detected: Jalen' at 10:40 PM.", "Familiar face"),
        ("A parent ran the still through FaceFinder and got a match to his ID photo.", "FaceFinder"),
        ("I know him, he is the boy three doors down from us on Bicknell St.", "Bicknell St"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The clip is from the Nest camera of the pharmacy on Centre St, 6 PM Friday.", ["Nest camera"]),
        ("The dashcam shows at 3:05 PM on Malcolm X Blvd a boy swinging a bat at another.", ["Malcolm X Blvd"]),
        ("She saw a familiar face in the crowd and pointed him out to the SSS.", ["familiar face"]),
        ("The blade came within inches of India R.'s throat; she was not cut.", ["India R.'s throat"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_face_label_denies(redactor: Redactor) -> None:
    """A home camera's face-recognition label is face surveillance, not only withheld text."""
    _, reds = redactor.redact_text("Nest alert: Familiar face detected: Hector at the door.", "incident.description")
    assert any(r.category.value == "face_surveillance" for r in reds)
