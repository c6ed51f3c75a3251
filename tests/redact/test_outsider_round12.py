"""Round twelve: the families the twelfth outsider's corpus (tests/data/corpus/outsider_l.jsonl,
held out until this round) found, and a known over-withholding from earlier rounds, each tested in
words of our own: a crew's name that starts with a number or ends in "Bloc", a ZIP+4 in an export's
row, a bracket that renames a withheld place, a "papers" euphemism, "isn't legal"; and the facts
that must stay (a venue's neighbourhood in brackets, a business named after a people, two English
words written as one, the law's "not legal to")."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a neighbourhood in brackets says where someone lives when the paragraph says so
        ("She lives on Main St. near the Strand Theatre (Uphams Corner). He pulled a knife.", "Uphams"),
        ("He stays with his aunt, at the Holloway Apartments (Mattapan), and pulled a knife.", "Mattapan"),
        # ... and after anything but a named venue it is still a neighbourhood
        ("He hangs out at the corner store (Uphams Corner) and he pulled a knife.", "Uphams"),
        # a crew named with a number first; a crew called a "Bloc"
        ("Kids at the bus stop say he claims 7-Hill now.", "7-Hill"),
        ("The dean wrote that she is close to the Marlow Bloc, per two witnesses.", "Marlow Bloc"),
        ("Everyone knows he's M4rlow Bloc. He had a gun.", "Bloc"),
        # the history lesson's words are left out before "Bloc" only
        ("The kids say he is Eastern Squad now and had a knife.", "Eastern Squad"),
        # a ZIP+4 in an export's row, after another number
        ("ID\tGPA\tZIP\n5521\t3.10\t02119-1204\t2024\n\nHe had a knife.", "02119"),
        # a bracket that renames the withheld place, and the sentence's rest
        ("She stays at the Towers (the Belden Court buildings) off Harlow Rd. She had a knife.", "Belden"),
        # a "papers" euphemism; "isn't legal"
        ("The aunt said there is a papers problem with the parents, so be careful.", "papers problem"),
        ("Her mom isn't legal yet, the cousin told us.", "legal"),
        ("His uncle ain't documented, the kids say.", "documented"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a neighbourhood in brackets after a named venue locates the incident
        ("He was at the Strand Theatre (Uphams Corner) when he pulled a box cutter.", ["Strand Theatre (Uphams Corner)"]),
        ("The fight spilled out in front of the Hibernian Hall (Dudley Square), where he drew a knife.", ["(Dudley Square)"]),
        # a business named after a people locates the incident
        ("They argued outside a Haitian barbershop on Blue Hill Ave before he drew the blade.", ["Haitian barbershop on Blue Hill Ave"]),
        # two English words written as one are English ("keychain", "shoebox")
        ("Spray canister (keychain style, red) found in the shoebox under his bed.", ["(keychain style, red)"]),
        # the law's "not legal to"; a number before a lower-case word is no crew
        ("It is not legal to bring a blade to school, and he knew that.", ["not legal to bring a blade"]),
        ("He claims 3 blocks over is where he dropped the gun.", ["claims 3 blocks over"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
