"""Round twenty-three: the families the twenty-third outsider's corpus (tests/data/corpus/outsider_w.jsonl)
found, each tested in words of our own: a crew's sign-off in its own spelling, a person identified
by a face in new words (a camera's auto-tag, a vendor's face ID, "face-recognize"), the Dominican
Republic with its dots after "the"; and the facts that must stay (a witness who knew someone by
his face, a phone unlocked with Face ID, a person's dotted initials, a capitalised name or
abbreviation beside short words that look like pinyin)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("His story ends 'see yall monday. Grove Lyfe'. He had a gun.", "Grove Lyfe"),
        ("The hallway camera's auto-tag picked out Dev by his face. He had a knife.", "by his face"),
        ("The vendor's face ID flagged the boy who dropped it. He had a gun.", "face ID"),
        ("Please face-recognize the kids in the attached photo. He had a knife.", "face-recognize"),
        ("His mother went back to the D.R. in June. He had a knife.", "D.R."),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The victim recognized him by his face and his red jacket.", ["recognized him by his face"]),
        ("He unlocked his phone with Face ID and showed the video.", ["Face ID"]),
        ("Marcus swung the bat at K.M. and hit K.M. in the arm.", ["hit K.M. in the arm"]),
        ("Statements were taken from D.R. and T.S. after lunch.", ["from D.R. and T.S."]),
        ("During PE Cole shoved A.N. into the bleachers.", ["During PE Cole shoved"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
