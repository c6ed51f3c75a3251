"""Round fifteen: the families the fifteenth outsider's corpus (tests/data/corpus/outsider_o.jsonl)
found, each tested in words of our own: no passport, an unaccompanied minor's sponsor, a status's
renewal, someone interpreting by name, keeping the fast, Roxbury as "the Bury", a relative's home
off a street, a street that is a Way, "my building on" a street, a development's name after an
emoji, a crew's hashtag, claiming or being listed as a place, "with the X side", "X till I die",
"puts him with the X boys", a topic named before its comma, a relative clause on a withheld noun,
students' portraits asked for face comparison; and the facts that must stay (a claim about a
teacher or a day, a student union, a history lesson, a build crew, the school as "our building")."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He missed the Quebec trip since he has no passport, his friend said. He had a knife.", "passport"),
        ("Intake: lives with a sponsor (his older cousin) since March. He had a knife.", "sponsor"),
        ("His aunt said they are scared for their renewal. He had a knife.", "renewal"),
        ("The witness spoke through Mr. Ibarra interpreting for her. He had a knife.", "Ibarra"),
        ("Kids joked that she keeps the fast all month. He had a knife.", "fast"),
        ("He told them he is from the Bury, so back off. He had a knife.", "Bury"),
        ("Now she stays with her aunt off Brannigan, the counselor said. He had a knife.", "Brannigan"),
        ("Everybody knows he grew up on Tolliver Way, so they test him. He had a knife.", "Tolliver"),
        ("chat: meet at my building on Corrigan Ave later. He had a knife.", "Corrigan"),
        ("Pinned location: \U0001f4cdWexley Apartments. He had a knife.", "Wexley"),
        ("Caption: on campus. Tags: #MarlowStGang #MSG. He had a gun.", "Marlow"),
        ('Students say he "claims" Dunmore Hill now. He had a gun.', "Dunmore"),
        ("The SRO says he is listed as Garnet Park in the bulletin. He had a gun.", "Garnet"),
        ("Her brother is with the Ellery side, they said. He had a gun.", "Ellery"),
        ("he posted im Ashgrove Ave till i die lol. He had a gun.", "Ashgrove"),
        ("Moving there puts him with the Halsey boys, per a peer. He had a gun.", "Halsey"),
        ("Dad said yes, but the visa, the lawyer has it, please. He had a knife.", "visa"),
        ("R.T. is a recent arrival from Haiti who came last spring; he had a knife.", "came last spring"),
        ("Note: Interp (Kriolu) used w/ mother by phone. He had a knife.", "Interp"),
        ("They want every 7th grade headshot so their software can compare faces to the clip.", "compare faces"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He claims Monday was the first time. She claimed Ms. Ruiz saw the knife.", ["Ms. Ruiz saw the knife"]),
        ("The Black Student Union's poster was torn when he pulled the box cutter.", ["Black Student Union"]),
        ("In history we covered the Partition of India before he showed the knife.", ["Partition of India"]),
        ("The robotics build crew was in room 210 when he pulled the knife.", ["build crew"]),
        ("He stood across from our building on Dudley St with the knife.", ["Dudley St"]),
        ("He took the knife off the table while talking with his mom on Tuesday.", ["his mom on Tuesday"]),
        ("The photos of the knife were compared with the nurse's notes.", ["compared with the nurse"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
