"""Round fourteen: the families the fourteenth outsider's corpus (tests/data/corpus/outsider_n.jsonl,
held out until outsider_m's round was done) found, each tested in words of our own: fasting and
the daily prayers by name, a neighbour brought "to translate", "not allowed back into the
country", "just got here", a crew someone "is with", a crew by its number and the words its
bracket glosses, initials before "associate", "that's their set", "a documented member", a relative
clause before a withheld predicate, code-switching at a comma, a street that is a Drive, an
export's quoted value and its key; and the facts that must stay (a report that says face
recognition was not used, a Creole dish, a grade's "9 (ESL)" number, a venue before a bracket)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She skips breakfast cuz she fasting this month, her friend said. She had a knife.", "fasting"),
        ("Schedule note: excused at 12:50 for Zuhr in room 114. He had a knife.", "Zuhr"),
        ("The dad had to get his nephew to translate on the phone. The boy had a knife.", "translate"),
        ("He never visits family abroad since he can't re-enter the country, his coach said. He had a gun.", "re-enter"),
        ("The cousins only came here last spring, the aunt said. He had a knife.", "came here"),
        ('A teacher heard he is "with the Larkspur boys" now. He had a gun.', "Larkspur"),
        ("She said he's from the 7 (77 set) and the other boy is not. He had a gun.", "from the 7"),
        ("Bulletin: K.T.B. associate, per the district. He had a gun.", "K.T.B."),
        ("They tag RGM on every wall thats their set. He had a gun.", "RGM"),
        ("His brother is a validated member, the SRO said. He had a gun.", "validated member"),
        ('The boy, who everyone calls "Tiny," is a member of the Harlan Street set. He had a gun.', "Tiny"),
        ("Sa manman pa konprann anglè, so I will call her myself. He had a knife.", "manman"),
        ("Intake: Res Calloway Dr / Apt 2 | Weapon: knife", "Calloway"),
        ('item = "box cutter"\nstudent.home_note = "stays on Winthrop Drive"\nbpd = 09:10', "home_note"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We got shrimp creole at the cookout, then the fight started and he drew a knife.", ["shrimp creole"]),
        ("The grade field says 10 (ELL) and he had a knife.", ["10"]),
        ("The meet at the Reggie Lewis Center (Roxbury Crossing) ended when he pulled a knife.", ["Reggie Lewis Center"]),
        ("The stage crew of 4 people was there when he showed the knife.", ["crew of 4 people"]),
        ("The electrician left a 2-gang outlet box open; the student took a blade from it.", ["2-gang outlet box"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_face_recognition_not_used_is_no_face_surveillance(redactor: Redactor) -> None:
    out, reds = redactor.redact_text(
        "Cameras recorded the hallway. No facial recognition was run and none was used.", "incident.description"
    )
    assert not reds and "facial recognition" in out
