"""Round fifty: outsider_bk (when community violence reaches the school), tested in words of our
own. A faith's rites after a death, where a family sends its dead, a crew's sign made or drawn,
colours worn for a crew, people said to "be" a crew, a status case a witness's family fears for;
a threat's "I know where you live" stays unless it names the place, and a drug's name stays."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The family held the janazah on Friday and he missed school.", "janazah"),
        ("His grandmother is sitting shiva this week, the counselor said.", "shiva"),
        ("After the shooting his body was flown to Haiti for the funeral.", "Haiti"),
        ("Some of them were making an L sign with their hands at the other table.", "L sign"),
        ("Someone drew a pitchfork on the memorial poster in marker.", "pitchfork"),
        ("A group came in wearing purple for Ashdale and stood by the doors.", "Ashdale"),
        ("Two students said those boys are Tremlett, per the SRO.", "Tremlett"),
        ("Under the name someone had added a two-finger sign in red ink.", "two-finger sign"),
        (
            "Her family has a pending asylum case and she is afraid it will affect their case.",
            "affect their case",
        ),
        ('He told her "I know where you live, 12 Ruthven St" and walked off.', "where you live"),
        ("Counselor's note: K.T.'s family has temporary protected status.", "'s family"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('He told the boy "I know where you live" and showed a knife.', ["I know where you live"]),
        ("She said they were Percocet and that she sold two.", ["they were Percocet"]),
        ("The students were Marcus and Tyrell, both in 10th grade.", ["Marcus and Tyrell"]),
        ("Students signed the memorial poster and lit candles at the vigil.", ["signed the memorial poster"]),
        ("The crew team wore black armbands for the funeral of their coach.", ["black armbands"]),
        ("He made a gun shape with his hand and pointed it at her.", ["gun shape with his hand"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
