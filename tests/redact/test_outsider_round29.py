"""Round twenty-nine: outsider_af (students' and families' own writing) and outsider_ag (every field
but the description), tested in words of our own. English proficiency, arrival and worship said the
way families and children say them; a priest by title and name; a side claimed; what a replica
"looks like" is not what it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from gatekeeper.core.engine import Gate
from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I brought it because they laugh that I dont speak good english. I am sorry.", "dont speak good english"),
        ("Teacher, my English not good so please call my son. He never had a knife before.", "English not good"),
        ("We come here only three years and my son is a good boy. He took the knife from my kitchen.",
         "come here only three years"),
        ("I came here when I was 7 and nobody helped me. I had the box cutter for protection.", "came here when I was 7"),
        ("After church at Santa Rosa on Sunday she told me everything. The knife is from my kitchen.", "Santa Rosa"),
        ("Sunday. Pastor Emmanuel said to pray for them but I'm done. Dad keeps his gun in the closet.",
         "Pastor Emmanuel"),
        ("Her caption said 'fasting for Lent and still in detention lol' with a picture of the knife.", "Lent"),
        ("In his statement he wrote: I rep the Maple side and they know it.", "Maple side"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He was kept overnight at Mass General with a concussion.", ["kept overnight at Mass General"]),
        ("I was coming up the stairs on the Paris St side when I heard yelling; he had a knife.", ["Paris St side"]),
        ("My father said to tell the truth, so I am: I had the knife.", ["My father said"]),
        ("We came here to talk to the principal about the knife.", ["We came here to talk"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_what_a_replica_looks_like_is_not_what_it_is() -> None:
    policy = Gate.load(ROOT / "policies").policy
    assert policy.classify_weapon("BB gun (looks like a real rifle)") == "replica_firearm"
    assert policy.classify_weapon("airsoft pistol resembling a Glock") == "replica_firearm"
    assert policy.classify_weapon("a real handgun that looks like a toy") == "firearm"
    assert policy.classify_weapon("looks like a knife") is None  # unknown: denied, never guessed
