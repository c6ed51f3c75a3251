"""Round thirty-seven: outsider_au (the report written like a police form), tested in words of our
own. A race code alone on its line goes without the description under it; a radio's units, an
intersection that locates the incident and a form's "Location of threat" stay; an alias that names
a crew goes whole."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("S-2: LOPES, ANDRE\nW/F\n5'4, 120, long braids\nLSW: gray hoodie", ["5'4, 120, long braids"]),
        ("SUBJECT: REYES, M.\nSex: F  Race: H\nHt 5'2  Wt 110  Hair black, bun\nNARRATIVE: knife in locker.", ["Hair black, bun"]),
        ("0912 Unit 14 reports a fight at the Dudley St gate\n0913 Unit 3, Unit 7 en route", ["Unit 14 reports", "Unit 7 en route"]),
        ("Seen by the crossing guard at Blue Hill Ave & Seaver St carrying the bat toward school.", ["Blue Hill Ave & Seaver St"]),
        ("Location of threat: Egleston Square bus shelter, approx 1500\nStatement: he said he would shoot", ["Egleston Square bus shelter"]),
        ("Alias: \"Tiny\"\nWeapon: box cutter in his left sock", ["Tiny"]),
        # tried as a user would (a safety specialist's log of our own)
        ("BPD B-2 Ofc. Lane took custody of the gun at 1041.", ["Ofc. Lane took custody"]),
        ("She saw a story from the account DorchesterKing99 at 9:50 with a pistol on a sink.", ["with a pistol on a sink"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("S-1: GRANT, TYRELL  DOB 02/02/2009\nB/M\nHt 5'11  Wt 170", "B/M"),
        ("Alias: \"Young Wendover\" (Wendover Boyz)\nClothing: black puffer", "Wendover"),
        ("She lives in Unit 4 of the building on Ceylon St.", "Unit 4"),
        ("The bus picked him up at his usual stop, Geneva Ave & Bowdoin St, at 7:05.", "Geneva"),
        ("She saw a story from the account DorchesterKing99 at 9:50 with a pistol on a sink.", "Dorchester"),
        (
            "Alias: \"Lil Norfolk\" (Norfolk St Bloods per SRO)\nThe story came from the account NorfolkBoyGotIt.",
            "NorfolkBoy",
        ),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
