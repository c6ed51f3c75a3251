"""Round fifty-one: outsider_bl (attendance, home visits and the courts), tested in words of our
own. A crew by its initials after the company one keeps, a home visit's unit, a family's own trip
in an attendance note; a month after "jumped in", a black handgun three words on and a shouted
threat's "with all you" stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("His mother says he has been hanging out with YBG and staying out late.", "YBG"),
        ("The attendance officer left a note at the second-floor unit on Ruthven St.", "Ruthven St"),
        ("On the home visit she went up to the third-floor unit above the bakery on Hancock St.", "Hancock St"),
        ("The absence was a trip to Honduras to bring his little brother back.", "Honduras"),
        ("His cousin says he got jumped in last summer and now he reps them.", "jumped in"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He said he carries it because he was jumped in October near the park.", ["jumped in October"]),
        ("Inside the bag was a black 9mm semi-automatic handgun with a loaded magazine.", ["black 9mm"]),
        ('The note said "I WILL BURN THE SCHOOL DOWN WITH ALL YOU IN IT".', ["WITH ALL YOU IN IT"]),
        ("The Spanish Club trip to Madrid left Friday; the vape was found on the bus.", ["trip to Madrid"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
