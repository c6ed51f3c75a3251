"""Round twenty-seven: outsider_ab (records and codes) and outsider_ac (many people, many voices),
tested in words of our own. A code label inside another label's value ("Alerts: GDB: Y"), a race
code after "RE:" (not an e-mail's reply), a label that holds no sentence's end, a correction or a
switch of crews right after a withheld statement, "moved into" a development; a course's unit and a
schedule's block stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Pills in his sock. Record flags: GDB: Y; SRO flag: assoc.", "GDB: Y"),
        ("Pills in his sock. cc: SRO flag: assoc. (per YVSF list)", "SRO flag"),
        ("He had a knife. Export: RE: B/AA; grade 9.", "B/AA"),
        ("She had a vape of fentanyl. SIS: HL: 07 (Somali)", "HL: 07"),
        ("He punched K.J.; broken jaw. Ethnicity: Cape Verdean.", "Cape Verdean"),
        ("The dean first wrote that he runs with Wendell Park; his aunt corrected that, it is the Sharon Kings.",
         "Sharon Kings"),
        ("Tamika is not with the Lowell Lords anymore; she moved over to the Forest Wolves in June.", "Forest Wolves"),
        ("Her mother said they just moved into Alder Court last month. She had a knife.", "Alder Court"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("RE: Knife incident on bus 12. The driver took a box cutter from him.", ["RE: Knife incident"]),
        ("During the Unit 2 quiz he slashed the desk with a box cutter.", ["Unit 2 quiz"]),
        ("During Block C Jalen showed a handgun to two classmates.", ["During Block C Jalen"]),
        ("He switched to the Tuesday classes after he brought the knife.", ["switched to the Tuesday classes"]),
        ("He punched K.J. in the gym; broken jaw. Nationality: Peruvian.", ["broken jaw"]),
        ("Prim. Lang. ....... English\nHe had a knife in his locker.", ["He had a knife in his locker"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
