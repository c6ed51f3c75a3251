"""Round twenty: the families the twentieth outsider's corpus (tests/data/corpus/outsider_s.jsonl:
long narratives with family background, forbidden facts said indirectly, forbidden values in
file names and odd student keys) found, each tested in words of our own: a crew called a "group"
or a "side" in a beef, its practice named without its name, a group that calls itself "the X
boys", a faith's practice or the faith itself unnamed, a relative held in detention told after a
withheld statement, an address in a file name's underscores, a sentence statement that starts
before an earlier finding in it, a feud's other side; and the facts that must stay (a hockey call,
a shop "place" on a street, a T-shirt on top of a tile, boys from another school at a bus stop,
an intersection's second street, the student's own name in a crew statement)."""

from __future__ import annotations

import pytest

from gatekeeper.core.request import SubmitRequest
from gatekeeper.redact import MARKER, Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Students say the fight was over a rapper who disrespected another group. He had a knife.", "another group"),
        ("His counselor says the boys who chased him are from a different group. He had a knife.", "different group"),
        ("Kids say Andre reps the hill and that the other boy is from the other side. He had a knife.", "other side"),
        ("In the clip all four make the same hand signs at the camera. He had a gun.", "hand signs"),
        ("I saw no sign thrown at the game. He had a knife.", "sign thrown"),
        ("Online they call themselves the Ridgeway boys and wave orange rags. He had a gun.", "Ridgeway boys"),
        ("Mom asked that the team respect the family's faith at lunch. He had a knife.", "family's faith"),
        ("He is tired because he gets up to eat before sunrise this month. He had a knife.", "before sunrise"),
        ("She teaches Sunday classes at the hall. She had a knife.", "Sunday classes"),
        ("Things are hard: his father was picked up by ICE and is being held in a facility out of state. "
         "He had a knife.", "facility"),
        ("Staff say Nico is from the 7 (Seven Block) and Dre from the other side.\nHe had a gun.", "from the 7"),
        ("We are mapping the Linden Street and Garrison Street conflict. He reps Linden.", "Garrison Street"),
        ("The meeting was moved because of Good Friday services. He had a knife.", "moved"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He got a major for an illegal check in the second period.", ["illegal check"]),
        ("He works at the Jamaican patty place on Blue Hill Ave after school.", ["patty place on Blue Hill Ave"]),
        ("The custodian found a bag on top of the ceiling tile in stall 3.", ["on top of the ceiling tile"]),
        ("Boys from another school jumped him at the Fields Corner bus stop.", ["Fields Corner bus stop"]),
        ("It happened at the corner of Dudley Street and Columbia Road at 3:05.", ["Dudley Street and Columbia Road"]),
        ("The ring was M on one side and 30 on the other side.", ["30 on the other side"]),
        ("The fire drill video showed the exits.", ["drill video"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_address_in_a_file_name_is_withheld(redactor: Redactor) -> None:
    req = SubmitRequest.model_validate(
        {
            "request_id": "R20-1",
            "school_id": "BPS-1",
            "recipient": "bpd/district-b2",
            "ground": "weapon",
            "weapon": "knife",
            "incident": {"occurred_at": "2026-03-02T10:15:00-05:00", "location": "gym", "description": "He had a knife."},
            "student": {"student_id": "1", "name": "Ana Ruiz", "date_of_birth": "2010-01-01", "grade": 9, "school": "X"},
            "attachments": [
                {"kind": "document", "name": "visit_notes_41_Wendover_St_apt2.docx"},
                {"kind": "photo", "name": "knife_photo_1.jpg"},
            ],
        }
    )
    body = redactor.redact_request(req, "notice").report.to_dict()
    names = [a["name"] for a in body["attachments"]]
    assert "Wendover" not in names[0] and MARKER in names[0]
    assert names[1] == "knife_photo_1.jpg"


def test_own_name_is_never_a_crews_name(redactor: Redactor) -> None:
    text = "Everyone knows Tyrell is in the Dunmore set. Tyrell is identifiable by his red jacket."
    out, _ = redactor.redact_text(text, PATH, protect=["Tyrell Simmons"])
    assert "Dunmore" not in out and "red jacket" in out
