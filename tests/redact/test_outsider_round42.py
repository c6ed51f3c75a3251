"""Round forty-two: outsider_bb (substances as staff and nurses name them), tested in words of our
own. A vape's flavour, a water's brand, a drug's old name and a kratom strain stay; a student field
whose name says an interpreter is needed is reported without its name."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Item 2: a French Vanilla flavored disposable vape, 5% nicotine, and 3 blue M30s.", ["French Vanilla"]),
        ("The Poland Spring bottle held brown liquor; the capsules were molly.", ["Poland Spring bottle"]),
        ("He bragged he had Spanish fly for the party and showed pills in a tin.", ["Spanish fly"]),
        ("The bag was labeled Red Thai Kratom and he sold 10 capsules for $15.", ["Red Thai"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_interpreter_field_is_reported_without_its_name(redactor: Redactor) -> None:
    _, reds = redactor.redact_student({"name": "A B", "interpreter_needed": True, "needs_interpreter": "Y"})
    assert {r.path for r in reds} == {"student.[withheld]"}
