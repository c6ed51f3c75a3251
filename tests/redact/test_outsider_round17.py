"""Round seventeen: the families the seventeenth outsider's corpus (tests/data/corpus/outsider_q.jsonl)
found, each tested in words of our own: an English learner's program by its initials, a form's
race/ethnicity label with its value, the migrants' boat, a country's initials before "pride" in a
hashtag, kids of two places in a beef, the gang's initials in quotes, the island a family returns
to, months "here", a sign for a letter ("H@itian"), a creed in a bio, "half" of a people joined on,
"from the block", the second side of a "between" pair, the other language of the same saying, a
status's check-in told after it, an XML element withheld whole; and the facts that must stay (a
referee's or a chess player's "illegal" call, a student honour, a nurse's ice, collected papers, a
post's status update, an intersection, an incident "on the block", a label at a text's start)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Ms. Tran says he sits in her SEI classroom most mornings. He had a knife.", "SEI"),
        ("SUSPECT DESC: tall, grey hoodie, RACE/ETH: B/NH. He had a knife.", "RACE/ETH"),
        ("Another boy told him to go back on the yola. He had a knife.", "yola"),
        ("Her profile says #DRproud under the photo. She had a knife.", "DRproud"),
        ("It is an old problem between the Grove kids and the Hadley kids, staff think. He had a gun.", "Grove kids"),
        ('The kids call him "MS" in the hallway. He had a gun.', '"MS"'),
        ("Grandpa went back to the island in May, so mom is alone. He had a knife.", "island"),
        ("The aunt wrote: they been here only four months. He had a knife.", "four months"),
        ("His page says M0ro((an pride and Mu$lim. He had a knife.", "Mu$lim"),
        ("Bio: God first, family second. She had a knife.", "God first"),
        ("The aide wrote 'she is Cuban and half Korean'. She had a knife.", "half Korean"),
        ("Coach says he fights anyone from the block after dark. He had a knife.", "from the block"),
        ("They call it a set thing between Hollis Street and Greyford. He had a gun.", "Greyford"),
        ("He shouted at her in Somali and then in English. He had a knife.", "then in English"),
        ("His mom is undocumented and has a check-in on Monday. He had a knife.", "check-in"),
        ("<Rec><Lang>Amharic</Lang><Item>knife</Item></Rec>", "Lang"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The ref called an illegal screen and he swung at the ref.", ["an illegal screen"]),
        ("He said it was an illegal move in chess and pulled the knife.", ["an illegal move"]),
        ("She was Citizen of the Week in March and had a knife today.", ["Citizen of the Week"]),
        ("Nurse: ICE to the face, bleeding stopped.", ["ICE to the face"]),
        ("I collected the papers and then he showed the knife.", ["collected the papers"]),
        ("His status update said he would bring a gun.", ["status update"]),
        ("On Warren St at Regent St, he pulled a knife on a classmate.", ["Warren St at Regent St"]),
        ("He ran off and BPD found him on the block by the school.", ["on the block"]),
        ("Note: he had a knife in his bag.", ["Note: he had a knife"]),
        ("<Item>oxycodone, 9 count</Item><Where>gym</Where><Lang>Tigrinya</Lang>", ["9 count", "gym"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
