"""Round fifty-six: outsider_br (victims, witnesses and bystanders) and outsider_bs (interviews and
questioning), both held out, tested in words of our own. A question that asks for a forbidden fact
in words of its own ("Who are you with?") has its answer withheld, unless the answer denies; a
follow-up ("Where is that?") on a withheld answer too; an answer that names home then a place; a
development's short name on a group; a language program by its language; an arrival dated by a
disaster. A staff member's surname after a title and a given name is a name; "come in here" is a
room's door."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Dean: Who do you run with?\nKeon: Mission Hill. Everybody knows that.", "Mission Hill"),
        ("Q: Why do you carry it?\nA: Where I live is bad.\nQ: Where's that?\nA: Bowdoin. Near the market.", "Bowdoin"),
        ("Q: Where did you go after school?\nA: Home. Lenox. Then the store.", "Lenox"),
        ("Q: What language do you speak at home?\nA: Amharic, and some English.", "Amharic"),
        ("He said they would jump the Bromley guys after the game.", "Bromley"),
        ("The fight started in the SEI Portuguese classroom on the 3rd floor.", "Portuguese"),
        ("Mother: We came here after the earthquake, when he was six.", "earthquake"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


def test_an_answer_that_denies_stays(redactor: Redactor) -> None:
    text = "AP: Who are you with?\nTariq: Nobody. I'm not in nothing.\nAP: Why the knife?\nTariq: For the bus."
    assert_kept(redactor, text, ["Nobody. I'm not in nothing.", "For the bus."])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('A: He said "if they come in here today, it\'s going down."', ["if they come in here today"]),
        ("Interview by SSS Milton (Ms. Dana Milton) at 2:10 PM.", ["Ms. Dana Milton"]),
        ("Q: Where were you at 2:10?\nA: In the gym with Coach Reed.", ["In the gym with Coach Reed."]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_a_pronoun_after_a_title_is_no_given_name(redactor: Redactor) -> None:
    out, _ = redactor.redact_text("According to the counselor he keeps kosher.", PATH)
    assert "kosher" not in out, out
