"""Round forty-six: outsider_bf (health, trauma and counseling notes beside the incident), tested in
words of our own. A journey told by its hardest part, where a family was held, what followed and
who the student was released to go; a clinic's and a classroom's look-alikes stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The psychologist notes she walked across the desert with her mother at eleven.", "desert"),
        ("He still has flashbacks to the crossing and sleeps badly.", "the crossing"),
        ("She lost her shoes in the river on the way to the United States.", "river"),
        ("They were held in a family detention center in Texas for two months.", "family detention"),
        ("He saw his uncle shot in the camp before resettlement.", "resettlement"),
        ("The counselor asked us not to call her sponsor until the evaluation is done.", "sponsor"),
        ("His father asked the nurse not to cut off his kara during the X-ray.", "kara"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("His blood sugar dropped to 4.2. The family are devout and fasting, the nurse said.", ["dropped to 4.2"]),
        ("He said he would shoot R.T. when he gets off the bus Monday.", ["gets off the bus Monday"]),
        ("On the beach trip a Portuguese man o' war stung her leg before the fight.", ["Portuguese man o' war"]),
        ("The class was reading the novel Refugee when she threw the chair.", ["the novel Refugee"]),
        ("The rash was German measles, the clinic said, not the pepper spray.", ["German measles"]),
        ("The bottle came from the Jewish General Hospital outpatient pharmacy.", ["Jewish General Hospital"]),
        ("After the crossing guard waved them on, he pulled the knife.", ["crossing guard"]),
        ("The robotics club's sponsor, Ms. Tran, took the box cutter.", ["club's sponsor"]),
        ("Kara Wilson, a witness, saw him throw the first punch.", ["Kara Wilson"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
