"""Records pasted into free text from other systems: an XML element, a JSON or Python pair, a
key-value table's row. A field whose name says its category is withheld with its name, as a
labelled line is, even when its value ("Black", "B", "so") says nothing to the scanner alone; the
fields beside it stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor
from tests.redact.rounds import PATH, assert_kept


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ('<Stu><Race>Black</Race><Grade>9</Grade></Stu>', "Black", ["<Grade>9</Grade>"]),
        ('<Stu><Eth code="B" desc="Black"/><Grd>10</Grd></Stu>', 'code="B"', ["<Grd>10</Grd>"]),
        ('<Student lasid="1" ethnicity="Black"><Name>Ana Ruiz</Name></Student>', "Black", ["<Name>Ana Ruiz</Name>"]),
        ('{"grade": 9, "demog": {"race": "Black", "hl": "so"}, "weapon": "knife"}', "Black", ['"weapon": "knife"']),
        ("{'eth': 'W', 'incident': 'fight'}", "'W'", []),
        ("| Field | Value |\n|---|---|\n| Race | Black |\n| Weapon | box cutter |", "Black", ["| Weapon | box cutter |"]),
        ("Race\tBlack\nWeapon\tknife", "Black", ["Weapon\tknife"]),
    ],
)
def test_named_field_is_withheld_with_its_name(redactor: Redactor, text: str, gone: str, kept: list[str]) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a place in an XML export's incident location is where it happened, as in the location field
        ("<Incident><Location>Cafeteria</Location><Type>fight</Type></Incident>", ["Cafeteria"]),
        ('{"location": "gym", "weapon": "knife"}', ['"location": "gym"']),
        # a markdown table's rule is no cell
        ("| Name | Race | Weapon |\n|---|---|---|\n| Ana | Black | knife |", ["|---|---|---|", "| knife |"]),
        # a work crew whose name ends in a reviewed phrase is that crew
        ("Her Outward Bound crew leader held her back.", ["Outward Bound crew leader"]),
    ],
)
def test_other_fields_stay(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
