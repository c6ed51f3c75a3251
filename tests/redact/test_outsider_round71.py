"""Round seventy-one: outsider_cw (video review notes) and outsider_cx (in-school cultural events
and celebrations), both held out, tested in words of our own. Running with a group by its street,
someone who would pray, a slur for a people, and a saint's place named with its clergy go; a
band's name, a song's title in a performance, a rowing crew's jacket, a loanword's "-style" thing
and the student's own given name beside a comma stay."""

from __future__ import annotations

import pytest

from gatekeeper.core.request import SubmitRequest
from gatekeeper.redact import MARKER, Redactor
from tests.conftest import request_factory
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("His aunt says he has been rolling with the boys from Ames St since spring.", "Ames St"),
        ("The nurse gave his father the empty office so he could pray before the call.", "could pray"),
        ('The older boys keep calling him "veneca" in the hallway.', "veneca"),
        ("Her mother says she goes to youth night at St. Ann's and the pastor there knows her.", "St. Ann"),
    ],
)
def test_round71_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('The dance team closed with "Get Down On It" by Kool & the Gang.', "Kool & the Gang"),
        ('The band had just played "Refugee" when the fight started backstage.', "Refugee"),
        ("Camera 4 shows him in the orange Latin crew jacket at 10:02.", "crew jacket"),
        ("At 13:40 he pulls a karambit-style knife from his sleeve.", "karambit-style knife"),
    ],
)
def test_round71_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_round71_a_refugee_in_the_band_still_goes(redactor: Redactor) -> None:
    assert_withheld(redactor, "He sang in the band after his family came here as refugees.", "refugees")


def test_round71_the_students_given_name_beside_a_comma_stays(redactor: Redactor) -> None:
    text = "That's Kenya, I know her jacket. The aide brought Kenya in and took the knuckles."
    out, _ = redactor.redact_text(text, PATH, protect=("Kenya Blake",))
    assert out.count("Kenya") == 2 and MARKER not in out, out


def test_round71_a_crew_named_in_one_field_recurs_in_the_threat(redactor: Redactor) -> None:
    req = SubmitRequest.model_validate(
        request_factory(
            request_id="R71-1",
            ground="credible_threat",
            threat_statement='He posted "Ames pulling up friday, whoever on that stage catching one."',
            incident={
                "occurred_at": "2026-02-11T23:40:00-05:00",
                "location": "Online",
                "description": "His aunt says he has been running with the boys from Ames St since the summer.",
            },
        )
    )
    body = redactor.redact_request(req, "notice").report.to_dict()
    assert "Ames" not in body["threat_statement"] and MARKER in body["threat_statement"], body
