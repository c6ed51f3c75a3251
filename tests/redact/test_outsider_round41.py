"""Round forty-one: outsider_ba (records that travel), tested in words of our own. A transfer between
schools, a school's own neighbourhood and a school named like a city stay; a school abroad by its own
language's word, a faith's school a student came from, a refugee camp's school, an address without a
street word and a faith's hour go."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He transferred here from John D. O'Bryant School in March and brought the knife in April.", ["O'Bryant School"]),
        ("School: Charlestown High in Charlestown\nIncident: a loaded revolver in locker 212", ["Charlestown High in Charlestown"]),
        ("She came to us from Cambridge Rindge and Latin; the pills were in her pencil case.", ["Cambridge Rindge and Latin"]),
        ("He wore a Boston College hoodie when he swung the bat.", ["Boston College hoodie"]),
        ("In Spanish 3 the class read about la escuela before the fight started.", ["la escuela"]),
        ("The fight spilled into the lobby of the Jewish Community Center across the street.", ["Jewish Community Center"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Prior school: Liceo Nacional Simon Bolivar. He pulled the knife at 10:15.", "Liceo"),
        ("He came to us last year from a Hebrew day school in Newton; the bat was his.", "Hebrew"),
        ("She spent three years at a camp school in Kakuma before enrolling.", "Kakuma"),
        ("The intake form gives her previous address as 40 Riverway, apt 3.", "40 Riverway"),
        ("His mother asked that the hearing avoid Sunday morning services.", "services"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
