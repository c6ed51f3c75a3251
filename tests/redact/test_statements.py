"""The unit of withholding is the statement: a clause that states a forbidden fact goes whole, as one
bare marker, and the incident facts in other clauses stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor
from gatekeeper.redact.clauses import clause_regions
from tests.corpus.scoring import RESIDUE

CASES = [
    (
        "Jaden's grandmother, who only speaks Spanish, was contacted by Ms. Vega.",
        "Jaden's grandmother, [WITHHELD], was contacted by Ms. Vega.",
    ),
    (
        "Luis took a razor blade out of his pocket and said he was born in Haiti.",
        "Luis took a razor blade out of his pocket and said [WITHHELD].",
    ),
    (
        "Trevon (lives on Hyde Park Ave near Cleary Square) told SSS he would bring something.",
        "Trevon [WITHHELD] told SSS he would bring something.",
    ),
    (
        "Around 10:40 the Dominican boy from Bowdoin Street pulled a knife on a classmate.",
        "Around 10:40 [WITHHELD] pulled a knife on a classmate.",
    ),
    (
        "Per the family worker, the family is Jamaican and just moved from the Franklin Hill development.",
        "Per the family worker, [WITHHELD].",
    ),
    (
        "The student had a knife at 10:15 a.m.. Mother said the family is undocumented.",
        "The student had a knife at 10:15 a.m.. Mother said [WITHHELD].",
    ),
    (
        "A box cutter was found in the cafeteria. She resides at 55 Ruggles St. A teacher saw it.",
        "A box cutter was found in the cafeteria. [WITHHELD]. A teacher saw it.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statement_withheld_whole(redactor: Redactor, text: str, expected: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert out == expected
    assert not RESIDUE.search(out)
    for r in reds:
        assert r.start is not None and r.end is not None
        assert MARKER not in text[r.start : r.end]


def test_neighbouring_statements_are_one_marker(redactor: Redactor) -> None:
    out, reds = redactor.redact_text(
        "He is Haitian. He speaks Kreyol at home; he lives in Mattapan. He had a knife.", "x"
    )
    assert out == f"{MARKER}. He had a knife."
    assert {r.category.value for r in reds} >= {"language", "neighborhood"}
    assert len({(r.start, r.end) for r in reds}) == 1


def test_interpreter_is_not_left_dangling(redactor: Redactor) -> None:
    out, _ = redactor.redact_text("Mom needed a Spanish interpreter for the call.", "x")
    assert "interpreter" not in out and out.count(MARKER) == 1


def test_regions_do_not_split_times_or_numbers() -> None:
    text = "At 10:15 the damage was $1,200, and he is from Haiti."
    start = text.index("Haiti")
    (region,) = clause_regions(text, [(start, start + 5)])
    assert text[region[0] : region[1]] == "he is from Haiti"
