"""The families the fifth outsider's corpus (tests/data/corpus/outsider_e.jsonl, held out until
this round) found, each tested in words of our own: a note's short tail after a withheld aside,
arrival and origin said in idiom, interpreting in a note's shorthand, crews named by initials on
things or pointed back at, nicknames and slurs, a quotation in a family language, and the facts
that must stay (a saint's hospital in capitals, an electrician's gang box, a drug's street name)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor

PATH = "incident.description"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a short tail after a withheld aside, to the sentence end
        ("Vape pen taken at 9:10. Counselor says the family is from Eritrea, moved in March.", "moved in March"),
        ("Bag search found a box cutter. Mom lives on Geneva Ave, unit 4.", "unit 4"),
        # arrival and origin in idiom
        ("He hit the boy twice. His family came over last winter.", "came over"),
        ("Dean notes she came alone at 14 and lives with a cousin.", "came alone"),
        ("The boys teased him because of where his family is from.", "where his family is from"),
        ("She flies back every summer to see her grandmother.", "flies back every summer"),
        ("His asylum hearing is postponed until May.", "hearing is postponed"),
        # interpreting in a note's shorthand
        ("PARENT CALL DONE, INTERP REQ'D.", "INTERP"),
        ("Ms. Dao translated for the grandmother at pickup.", "translated for"),
        ("Grandpa only speaks the language they use at home.", "language they use at home"),
        ("He has been getting a lot better at English this year.", "better at English"),
        # crews by initials on things, quoted, or written; a crew pointed back at
        ("Staff believe he runs with the Corbett Ave boys, MCB on his jacket.", "MCB"),
        ('The post says "RDK" with skull emojis; staff say that is a gang sign.', "RDK"),
        ('He kept shouting "Blue Hill" because that\'s his crew.', "Blue Hill"),
        ("He said he rides for Westmark and his brother is a Westmark lieutenant.", "Westmark"),
        ("KNOWN TO HANG W/ THE HOLLOW GANG PER SRO", "HOLLOW"),
        # nicknames of countries and peoples, and slurs
        ("He said they would send him back to Naija.", "Naija"),
        ('The other boy called him a "catracho" before the punch.', "catracho"),
        # a quotation in a family language, and a spelt-out word
        ('Dad wrote on the form: "Tanpri pa rele lapolis."', "lapolis"),
        ("Uncle said the boy is i-l-l-e-g-a-l.", "i-l-l-e-g-a-l"),
        # a development named "houses"
        ("They got an eviction notice from the Orient Heights houses.", "Orient Heights houses"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("EMS TOOK ONE TO ST. E'S FOR A CUT HAND.", ["ST. E'S", "CUT HAND"]),
        ("They were wiring a 4-gang outlet box when he swung the pliers.", ["4-gang outlet box"]),
        ('He had 3 bags he called "China White" in his sock.', ["China White", "in his sock"]),
        ("While I demoed the Python interpreter he pulled a knife.", ["Python interpreter", "pulled a knife"]),
        ("During the kosher salt lesson he held a chef's knife to a peer.", ["kosher salt", "chef's knife"]),
        ("He used a choke from Brazilian jiu-jitsu class on the boy.", ["Brazilian jiu-jitsu"]),
        ("On the trip to the Irish Famine Memorial he threw a bottle.", ["Irish Famine Memorial"]),
        ("Inside the bag was a black Glock 19 pistol, loaded.", ["black Glock 19"]),
        ("He took the bat from his uncle's truck and waited at the Morton St bus stop.", ["Morton St bus stop"]),
        ("Gabriel (stage crew) argued with another crew member by the fly rail.", ["crew member", "fly rail"]),
        ("Grandmother was called at 2:10, dad picked up at 2:40.", ["dad picked up at 2:40"]),
    ],
)
def test_facts_stay(redactor: Redactor, text: str, kept: list[str]) -> None:
    out, _ = redactor.redact_text(text, PATH)
    for k in kept:
        assert k in out, out


def test_a_time_is_no_address_the_approver_should_doubt() -> None:
    from gatekeeper.redact.review import doubts

    text = "Around 1:05 Kendrick left. 1305 hrs Nurse Park came. He stays at 45 Elm Street."
    found = [
        text[d.start : d.end] for d in doubts({"incident": {"description": text}}) if d.kind == "number_may_be_address"
    ]
    assert found == ["45 Elm Street"]
