"""Round nineteen: the families the nineteenth outsider's corpus (tests/data/corpus/outsider_t.jsonl:
families' and students' own words in a dozen languages and scripts, social posts, slurs reported
verbatim, look-alike letters) found, each tested in words of our own: a crossing told as a taunt,
slurs for a people, the slant-eye gesture, a creed's words shouted, initiation in the crews' own
words, a crew named with the one who claims it, a crew's boys "after" someone, a quotation in
another language whose closing mark follows its own stop; and the facts that must stay (the clause
around a quotation in another language said or written, the student's own name where a misspelt
term would match it, a given name before "was absent", chat shorthand in a re-checked copy)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The other girl keeps posting that his family came on a raft. He had a knife.", "raft"),
        ("He shouted 'go back over the wall' and swung the bat.", "over the wall"),
        ("They called him a raghead in the locker room. He had a knife.", "raghead"),
        ("Kids were stretching their eyes at her all week. She had a knife.", "stretching their eyes"),
        ("He yelled 'alhamdulillah' when the bell rang. He had a knife.", "alhamdulillah"),
        ("Word is he was crowned over the summer. He had a gun.", "crowned"),
        ("They say she got put on recently. She had a gun.", "put on"),
        ("Students say 'NB' means Norwood, the set Malik reps. He had a gun.", "Norwood"),
        ("He carries because the Lanark boys keep looking for him. He had a gun.", "Lanark"),
        ("She told me she is 'con los de la calle ocho desde enero.' She had a knife.", "calle ocho"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a quotation in another language, said or written: the quotation goes, its clause stays
        ("At 9:10 a student found the note 'я принесу нож завтра' taped inside locker 12.", ["taped inside locker 12"]),
        ("She was crowned homecoming queen. He had a knife.", ["crowned homecoming queen"]),
        ("He got put on probation last spring. He had a knife.", ["put on probation"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_own_name_is_no_misspelt_term(redactor: Redactor) -> None:
    text = "Ailton was absent that day. Ailton's file lists a knife incident."
    out, _ = redactor.redact_text(text, PATH, protect=["Ailton Barros"])
    assert out == text


def test_framed_quotation_takes_its_clause(redactor: Redactor) -> None:
    # an English clause that frames the quotation says what it was ("the family is '...'")
    out, _ = redactor.redact_text('Mom said the family is "Ayisyen, nou la depi 2 an" and left.', PATH)
    assert "family is" not in out and MARKER in out


def test_chat_shorthand_rechecks_clean(redactor: Redactor) -> None:
    out, _ = redactor.redact_text("She posted: 'bringin the blick tmrw, opp gang catch a body fr'", PATH)
    again, reds = redactor.redact_text(out, PATH)
    assert again == out and not reds, again
