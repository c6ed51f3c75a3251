"""Round twenty-eight: outsider_ad (conversations with the police side) and outsider_ae (the terse
report), tested in words of our own. The answer to a withheld question in a transcript goes with
it, a refusal stays; "us" is the school, not the country; a bare slash parts a terse note's
fragments; a student's own account after a withheld statement stays; a street's name never runs
across a sentence's end."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


def test_the_answer_to_a_withheld_question_goes(redactor: Redactor) -> None:
    text = (
        "Det. Ruiz: Where does she live?\n"
        "AP: With her grandmother by the Fields Corner stop. She had a knife.\n"
        "Det. Ruiz: What kind of knife?\n"
        "AP: A black folding knife, about 3 inches."
    )
    out, _ = redactor.redact_text(text, PATH)
    assert "Fields Corner" not in out and "grandmother" not in out, out
    assert "She had a knife." in out and "A black folding knife, about 3 inches." in out, out


def test_a_refusal_stays(redactor: Redactor) -> None:
    text = "Officer Lee: Is he in the gang database?\nAP: I can't share that. He had a gun in his bag."
    out, _ = redactor.redact_text(text, PATH)
    assert "I can't share that." in out and "He had a gun in his bag." in out, out
    assert MARKER in out  # the question itself names the category


def test_a_question_across_a_blank_line_is_no_transcript(redactor: Redactor) -> None:
    text = "Parent chat: is it the Haitian family?\n\nNote: at 2 PM the nurse found 6 pills in her bag."
    out, _ = redactor.redact_text(text, PATH)
    assert "at 2 PM the nurse found 6 pills in her bag" in out, out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Both girls run with rival crews, the nurse said. One had a knife.", "rival crews"),
        ("Gun in backpack/Eastie kid/Orchard Park per SRO.", "Eastie"),
        ("Mace sprayed in rm 12; fam Baptist, res. Hyde Pk.", "Hyde Pk"),
        ("They came to the US last year. He had a knife.", "came to the US"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The screenshots came to us from a teacher at 9 PM. He had a gun.", ["came to us from a teacher"]),
        ("The email came from Jaylen's school Gmail account at 6 AM.", ["Jaylen's school Gmail account"]),
        ("Gun in backpack/Eastie kid/Orchard Park per SRO.", ["Gun in backpack"]),
        ("Box cutter in sock - Haitian, speaks little English; says it was for protection.",
         ["says it was for protection"]),
        ("Hit him with a bat, MGH ICU. Greenwood St crew beef.", ["MGH ICU"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
