"""Round eighteen: the families the eighteenth outsider's corpus (tests/data/corpus/outsider_r.jsonl)
found, each tested in words of our own: a neighbourhood's street nickname after a word of
belonging, the phone interpreting line clipped on a form, an interpreter's line for a parent, a
housing development's full name at a stop on the way home, a crew that names itself, the police
unit that keeps the gang list, MS-13 spelled to dodge, a crew's initials with a digit explained
later, a worship place named again by its noun; and the facts that must stay (a hyphenated English
word in a list of evidence, a hospital named for a saint, a stop where teachers stayed with a victim,
a club that names itself)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("After the fight he kept yelling that he is from the Bury. He had a knife.", "Bury"),
        ("Dad was reached on the phone interp line at 3:10. He had a knife.", "interp line"),
        ("INTERPRETER: I will translate all of it for the father.\nAP: He had a knife.", "translate all"),
        ("Her cousin walks home from the Mildred C. Hailey stop. She had a knife.", "Hailey"),
        ("His friends call themselves the Kenwood Six, and the SRO says that is a crew. He had a gun.", "Kenwood Six"),
        ("The dean heard he is on the Strike Force list. He had a gun.", "Strike Force"),
        ("Kids say he is M S 1 3 now. He had a machete.", "M S 1 3"),
        ("He said he runs with 7HB now.\nLater: 7HB = Seventh Hill Boys. He had a gun.", "7HB"),
        ("Mom said they pray at the Cambodian Buddhist temple. She asked that the temple not hear of it.", "the temple"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Seized: 5 twist-tied bags of pills, a digital scale, and $200.", ["5 twist-tied bags of pills"]),
        ("The nurse sent him on; St. Elizabeth's found a broken wrist.", ["St. Elizabeth's", "broken wrist"]),
        ("Two aides waiting at the Fields Corner bus stop saw it and stayed with the boy.", ["stayed with the boy"]),
        ("The dance club calls itself the Night Owls and meets Thursdays.", ["Night Owls"]),
        ("He was hit in the temple with a stapler.", ["in the temple"]),
        ("He drew a dot on the map where the fight was.", ["a dot on the map"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


# Found while the next blind corpora were being written, by probing the families their authors were
# asked for (in words of our own, as above)
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Mom cleans offices at night; they don't have SSNs. He had a knife.", "SSNs"),
        ("She is SIFE and arrived in March. She had a knife.", "arrived in March"),
        ("He is in the newcomer class and still sorting out the paperwork. He had a knife.", "paperwork"),
        ("She steps out after lunch to pray and wears a head covering. She had a knife.", "head covering"),
        ("He wears black every day and throws up the pitchfork. He had a gun.", "pitchfork"),
    ],
)
def test_probed_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He speaks Somali and arrived late to school with the knife.", ["arrived late to school with the knife"]),
        ("He threw a fork at the lunch aide, then a tray.", ["threw a fork at the lunch aide"]),
        ("I pray to God nobody was hurt. He had a knife.", ["He had a knife"]),
    ],
)
def test_probed_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
