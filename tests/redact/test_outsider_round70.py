"""Round seventy: outsider_cu (field trips and outings around Boston) and outsider_cv (siblings,
cousins and family feuds), tested in words of our own. A parent's "don't have the good English", a
faith's center by its people's word, a childhood spent by a place, a student's own bus stop on a
street and a caption's crew shout-out go; a museum's costumed interpreters, a rowing team's
boathouse, a campus lawn's court and a section's men's room stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Sorry for the voicemail, I don't have the good English, my daughter will call.", "good English"),
        ("The family says people stare at them outside the Muslim center on Fridays.", "Muslim center"),
        ("The two boys grew up right next to each other by Wellington Hill.", "Wellington Hill"),
        ("He said the bat was for the walk from her bus stop on Norfolk St after dark.", "Norfolk St"),
        ('The story ended "see you at dismissal. Norfolk Ave up." with a gun emoji.', "Norfolk Ave up"),
    ],
)
def test_round70_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("One of the costumed interpreters at the Old State House saw the knife.", "costumed interpreters"),
        ("The tour of the Harvard crew boathouse ended at noon.", "crew boathouse"),
        ("We were sitting on the lawn at Killian Court when the fight started.", "Killian Court"),
        ("He was found in the men's room off Section 312 with the bag.", "Section 312"),
        ('She yelled "Hands up." at the boys by the fence.', "Hands up"),
    ],
)
def test_round70_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])
