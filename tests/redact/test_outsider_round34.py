"""Round thirty-four: outsider_aq (schools and programs at the edges: shops, salons, weight rooms,
evening classes), tested in words of our own. A salon's service, a shop's tools and a crew-neck
sweatshirt named for a people or a team stay; an adult program's English class by its level goes;
a sentence may start with a sum of money."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A client was in the chair for a Dominican blowout when she swung the shears.", ["Dominican blowout"]),
        ("He wore a gray Bruins crew neck and hit the boy with a barbell collar.", ["Bruins crew neck"]),
        ("We were using the Swiss chisels on the bench when he opened a switchblade.", ["Swiss chisels"]),
        ("He had nine bags of cocaine. $220 in twenties. Items in the safe.", ["$220 in twenties"]),
        ("He had a box cutter. A Haitian saw it first and told the teacher.", ["box cutter"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He was seen passing a bag by the fountain after ESOL 2 let out.", "ESOL 2"),
        ("She is in ESOL-3 at night and sold the pills at the break.", "ESOL-3"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
