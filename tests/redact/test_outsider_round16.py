"""Round sixteen: the families the sixteenth outsider's corpus (tests/data/corpus/outsider_p.jsonl)
found, each tested in words of our own: lacking papers said plainly, "basically illegal", a
speech-to-text "under document", a form's US-entry date, the immigration court's building, a
migration route, "the D.R.", "back to your country", "not from here", a crew named Boyz and its
initials, "one of the X guys", a family that "is" a place, wearing a colour on purpose, prayer as a
practice, being called a terrorist, a habitual bus stop, "all they speak", Vietnamese typed without
its marks, a home told after a withheld statement ("and they know our house"); and the facts that
must stay (a bus stopped at a light, a fry day, a card's last digits, the Jets' nickname, a
student's initials after "from")."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The aunt told me she dont have her papers yet. He had a knife.", "papers"),
        ("Another boy said he is basically illegal. He had a knife.", "illegal"),
        ("Transcript: the dad said his son is under document it, please help. He had a knife.", "under document"),
        ("SIS: First US School Date 03/2024. Grade 9. He had a knife.", "03/2024"),
        ("Mom missed the meeting for her hearing at the JFK building downtown. He had a knife.", "JFK"),
        ("He told the class his family came through the jungle to get here. He had a knife.", "jungle"),
        ("The kids say her whole family is from the D.R. She had a knife.", "D.R."),
        ("He yelled go back to your country at the boy. He had a knife.", "country"),
        ("She told the officer I'm not from here, leave me alone. She had a knife.", "not from here"),
        ("His bag said Westfield Lotus Boyz forever, and WLB was on his sleeve. He had a gun.", "Lotus"),
        ("Staff think he is one of the older Tamsin Park guys now. He had a gun.", "Tamsin"),
        ("A peer said his whole family is Tamsin Park. He had a gun.", "Tamsin"),
        ("He wears the purple on purpose now, the dean said. He had a gun.", "purple"),
        ("He prays five times a day in the nurse's office. He had a knife.", "prays"),
        ("Other kids called her a terrorist because of her scarf. She had a knife.", "terrorist"),
        ("He boards at the stop on Corvallis Crescent every morning. He had a knife.", "Corvallis"),
        ("Grandma needs the letter in Spanish because that's all they speak at home. He had a knife.", "all they speak"),
        ('Voicemail, auto-transcribed: "... khong biet ... xin loi ..." He had a knife.', "khong biet"),
        ("She said we live on Harrow Lane, and that boy knows our house. He had a knife.", "knows our house"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We were stopped at the red light at Geneva Ave and Bowdoin St when he pulled the knife.",
         ["Geneva Ave and Bowdoin St"]),
        ("At lunch on French fry day he showed the box cutter.", ["French fry day"]),
        ("Payment on file: Visa ending 2210. He had a knife.", ["Visa ending 2210"]),
        ('He mocked the other boy\'s "Gang Green" Jets hat and then swung the bat.', ["Gang Green"]),
        ("The note from D.R. (her initials) says she saw the knife.", ["D.R."]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
