"""Round forty-eight: outsider_bi (English that came through another language), tested in words of
our own. A family word left untranslated, a quotation glossed by what it means, a whole quotation
whose words hold apostrophes, a street named the way another language orders it, a group "of" a
place, a crew's number on a wall, a faith's greeting and congregation, face recognition said by a
calque; a slang word glossed and an English quotation stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She wrote that her hooyo told her to carry it on the bus.", "hooyo"),
        ("When we called, the brother said manman li is at work.", "manman"),
        ("He told him 'M ap touye w demen', which the para says means 'I will kill you tomorrow'.", "touye"),
        ("The father said 'Je ne sais pas, nous n'avons rien fait, c'est injuste' and hung up.", "injuste"),
        ("The aunt writes that they live in the street Saratoga, near the school.", "Saratoga"),
        ("He says he only hangs with the boys of the Lenox corner now.", "Lenox"),
        ("Staff saw him write 'LBK 18' on the stall door before the fight.", "LBK 18"),
        ("The note began 'Salaam alaikum, I am the mother of Yusuf.'", "alaikum"),
        ("The fight began at the youth night of the Igreja Batista where both families go.", "Igreja Batista"),
        ("The store said its camera with recognition of faces picked him out.", "recognition of faces"),
        ("The father said that in Guatemala every boy carries a machete for the fields.", "Guatemala"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She told SSS Brown the pills were 'percs', meaning oxycodone.", ["'percs', meaning oxycodone"]),
        ("He posted 'catch me at the game friday, got the strap' ('strap' meaning gun).", ["got the strap"]),
        ("He said 'it's not mine, somebody put it in my bag' and asked for his mother.", ["it's not mine"]),
        ("The girls of the Varsity team saw him pull the knife in the locker room.", ["Varsity team"]),
        ("Room 13 was cleared at 10:13 and 18 students were moved.", ["Room 13", "18 students"]),
        ("He slapped the phone off a 10th grader's desk and kicked him.", ["10th grader's desk"]),
        ("The officer asked which road the car went down; it turned on the street behind the gym.", ["street behind"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
