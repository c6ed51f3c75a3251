"""Round forty-nine: outsider_bj (students who work), tested in words of our own. Status said
through work documents (papers to work, a taxpayer number in place of a social security number,
E-Verify, working legally, a work permit tied to a case), a crew by its bare initials, a family's
own words for its home and a move "here"; the youth work permit a school signs, a workplace that
locates the incident and a store named for the home stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He works weekends in a kitchen because he has no work papers.", "work papers"),
        ("The delivery app pays her on an ITIN, the counselor said.", "ITIN"),
        ("His cousin passed E-Verify with somebody else's papers, the manager told us.", "E-Verify"),
        ("The owner knows she is not authorized to work and pays her in cash.", "authorized to work"),
        ("His work permit is still pending with USCIS, so he works off the books.", "work permit"),
        ("She said she works for the Dorchester Money Gang. The DMG guys gave her the pills.", "DMG"),
        ("Mom wrote that she walks from the bus to our building in Franklin Field at night.", "Franklin Field"),
        ("He was born in Guatemala and moved here in 8th grade.", "moved here"),
        ("He sells for the Wendover Street Mob. The WSM older boys pay him weekly.", "WSM"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He came to the office to get his youth work permit signed before the fight.", ["youth work permit"]),
        ("The counselor would not sign his work permit, and he threatened her.", ["sign his work permit"]),
        ("He took the box cutter from the warehouse on Freeport St where he works nights.", ["Freeport St"]),
        ("He got the pills from a coworker at the home and garden center on Gallivan Blvd.", ["Gallivan Blvd"]),
        ("My uncle keeps his rifle at our house in a case, he wrote.", ["our house in a case"]),
        ("The fight was on the home field after the JV game.", ["home field"]),
        ("The injury is documented in the discharge papers his mother brought.", ["discharge papers"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
