"""Round twenty-five: outsider_y (forms, logs and notes from bus, cafeteria, athletics and nursing
staff) and outsider_z (dictation, message transcripts, autocorrect, hurried notes), tested in words
of our own. A dictation's spoken marks ("period", "comma", "new paragraph") end its sentences and
clauses, so a statement about the family no longer takes the incident with it; a letter dropped
from an English word ("libary") or chat shorthand ("sumn") is no misheard term; a crew's slogan
("4L", "forever") and its initials with the crew's letter ("DMG") go; a face-search product by a
name of its own or a camera that "matched" a named student denies."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor
from gatekeeper.redact.dictation import dictated, punctuated
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # dictation and spoken slips
        ("the boy said the other girl was a bad muslin and then he hit her with a bottle", "muslin"),
        ("they ripped off her hee jab in the locker room and kicked her", "hee jab"),
        ("Mom left work early from the kingdom hall to pick him up. He had brass knuckles.", "kingdom hall"),
        ("His grandmother takes him to the chua on weekends. He had a knife.", "chua"),
        ("Students were calling him 'chino' at lunch before he pulled the knife.", "chino"),
        ("He says they tease him bc hes Viet. He had a box cutter.", "Viet"),
        ("Kids on the bus called him boat boy for weeks. He brought a knife.", "boat boy"),
        # a crew said in a slogan, by its initials, or only as rival crews
        ("His post read 'RIVERDALE BLOCK 4L' under a photo of the gun.", "RIVERDALE BLOCK"),
        ("He yelled 'Kenway Paper forever' and swung the bat. Another boy said the KPG kids were coming.", "KPG"),
        ("Staff say the two girls are in rival crews. One had a knife.", "rival crews"),
        ("A note on the form: [x] Crew-involved. He had a knife.", "Crew-involved"),
        ("The video shows him chanting 'WESTVIEW WHAT'. SSS says Westview is the crew he runs with.", "WESTVIEW"),
        # a face matched by a machine
        ("The lobby's FaceSpot camera matched Devon as the boy with the gun.", "FaceSpot"),
        ("The hallway system tagged Amara as the girl who threw the bottle.", "tagged Amara"),
        # a place by its short form; a kid "from" a stop
        ("His story says 'this Harbor Point Sq we run it' and shows a gun.", "Harbor Point"),
        ("The kid from the Franklin Field stop had a knife on bus 12.", "Franklin Field"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The fight was in the hallway by the libary at noon; she broke his nose.", ["hallway by the libary"]),
        ("his text said come to the lot i got sumn for u and he had a knife", ["i got sumn for u"]),
        ("They sewed a muslin bag in art and then he hit her with a stapler.", ["muslin bag"]),
        ("He wore khaki chinos and had a knife in the pocket.", ["khaki chinos"]),
        ("Viet Tran, a tenth grader, saw the knife.", ["Viet Tran"]),
        ("She filled a 4L jug of water and threw it at him.", ["4L jug"]),
        ("Best Friends forever was written on her binder; she had a knife.", ["Best Friends forever"]),
        ("He is a member of the Valley Gang per SSS Ortiz. SSS Ortiz took the knife.", ["SSS Ortiz took"]),
        ("Class: Civics & Citizenship, room 204. He showed a box cutter.", ["Civics & Citizenship"]),
        ("The bus pulled over on Morton St and the driver took the knife.", ["Morton St"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_dictation_withholds_a_statement_not_the_incident(redactor: Redactor) -> None:
    text = (
        "student had a knife in his backpack period the teacher saw it at lunch period new paragraph "
        "dad was called comma he only speaks Portuguese so we used the phone line period "
        "the knife is in the office safe period"
    )
    out, reds = redactor.redact_text(text, PATH)
    assert "Portuguese" not in out and reds
    for fact in ("knife in his backpack", "the teacher saw it at lunch", "the knife is in the office safe"):
        assert fact in out, out
    # police get the dictation as it was spoken, marks and all
    assert out.startswith("student had a knife in his backpack period the teacher")
    assert out.count(MARKER) == 1


def test_a_school_period_is_no_full_stop() -> None:
    assert not dictated("During third period he punched K.L. in the jaw. Lunch period was quiet, period.")
    text = "he had a knife during third period period new paragraph mom was called comma she came in"
    view = punctuated(text)
    assert len(view) == len(text)
    assert "during third period." in view and "Mom was called," in view and " she came in" in view


def test_a_name_before_a_marker_rechecks_clean(redactor: Redactor) -> None:
    text = "Everett gave his home address, 14 Elm Street, when asked. Everett had a vape."
    out, _ = redactor.redact_text(text, PATH, protect=["Everett Lyle"])
    assert "Elm Street" not in out
    again, reds = redactor.redact_text(out, PATH, protect=["Everett Lyle"])
    assert again == out and not reds
