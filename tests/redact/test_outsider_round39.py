"""Round thirty-nine: outsider_ax (eligible students, 18 and older, and their adult lives), tested in
words of our own. A pickup's crew cab, a chain and a hospital named like a faith, a pistol's maker
named like a town stay; a person's work papers go."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The rifle was behind the seat of a gray Ford F-150 crew cab in the student lot.", ["crew cab"]),
        ("She works the register at Church's Chicken and brought the knife from there.", ["Church's Chicken"]),
        ("He was taken to New England Baptist Hospital with a broken jaw.", ["New England Baptist Hospital"]),
        ("Inside the glovebox: a Springfield XD 9mm with a full magazine.", ["Springfield XD"]),
        ("The coach said the illegal check will be reviewed by the league after the stabbing.", ["illegal check"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He said he was afraid for his EAD card renewal if police got involved.", "EAD"),
        ("Her TPS application is what she was worried about, she told the dean.", "TPS"),
        ("He skipped lunch to go from church to the shop and came back with the bat.", "church"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
