"""Round twenty-four: outsider_x (tests/data/corpus/outsider_x.jsonl) found no leak at first sight;
its two losses are tested in words of our own: a thing taken "from" the student names the student
(whose given name is also a city), and a country as a quiz's or a lesson's subject ("the capital
of ...") is no one's origin. A family "from" the same city or country is still withheld."""

from __future__ import annotations

from gatekeeper.redact import MARKER, Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


def test_a_thing_taken_from_the_student_keeps_her_name(redactor: Redactor) -> None:
    text = "The aide confiscated a vape from Paris; she said it was her cousin's."
    out, _ = redactor.redact_text(text, PATH, protect=["Paris Whitfield"])
    assert out == text
    out, _ = redactor.redact_text("Her family is from Paris; she had a knife.", PATH, protect=["Paris Whitfield"])
    assert "from Paris" not in out and MARKER in out


def test_a_country_as_a_subject_stays(redactor: Redactor) -> None:
    assert_kept(redactor, "He missed the question on the capital of Haiti and threw a chair.", ["capital of Haiti"])
    assert_kept(redactor, "They were labelling a map of Somalia when he pulled the knife.", ["map of Somalia"])
    assert_withheld(redactor, "His family came from Haiti last year. He had a knife.", "from Haiti")
