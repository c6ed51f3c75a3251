"""The families the sixth outsider's corpus (tests/data/corpus/outsider_f.jsonl, held out until
this round) found, each tested in words of our own: worship as a verb and a church in the family's
language, interpreting services and shorthand, a language by its script, misspelt English-learner
notes, nicknames of places and countries, a sponsor, arrival "ago", a relative abroad, the family
speaking of where they are, crews in brackets and quotes and by slogan, words run together; and the
facts that must stay (a product's country, a key fob, a park's grove, a broadcast "Live", a weapon's
colour and material, a bank and an app)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor

PATH = "incident.description"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her family worships at a storefront church in Hyde Park.", "worships"),
        ("The grandmother prays five times a day and asked for a quiet room.", "prays five times"),
        ("From: Pasteur J. Remy, Eglise Evangelique de Mattapan", "Eglise"),
        ("Call set up through the Office of Language Access for Thursday.", "Language Access"),
        ("Notes: intrp needed for the parent meeting.", "intrp"),
        ("Dad writes notes in a script that reads right to left.", "right to left"),
        ("Para wrote: mom dont speek englsh at all.", "speek englsh"),
        ("The uncle said they are Habesha and keep to themselves.", "Habesha"),
        ("He keeps saying he is from Murderpan.", "Murderpan"),
        ("Counselor: his sponsor is an older cousin in Chelsea.", "sponsor"),
        ("Mom said the family arrived about eight months ago.", "eight months ago"),
        ("His father remains in Pereira and calls on Sundays.", "Pereira"),
        ("Mom's text: we are on Blue Hill, call first.", "Blue Hill"),
        ("He wrote 'Greenleaf or nothing' on the desk.", "Greenleaf"),
        ("Kids say he is with (Harwood Mob) now.", "Harwood Mob"),
        ("Form text: homeinfo:familyfromsanpedrosula,newarrival", "sanpedrosula"),
        ("Parents frm DR per counselor.", "DR"),
        ('They call him "FOB" in the hallway.', "FOB"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The blade was stamped MADE IN CHINA near the handle.", ["MADE IN CHINA"]),
        ("He used a key fob to open the weight room and took a bat.", ["key fob"]),
        ("At the Franklin Park picnic grove he pulled a knife.", ["Franklin Park picnic grove"]),
        ("He streamed the fight on Instagram Live from the Dudley St bus stop.", ["Dudley St bus stop"]),
        ("In his waistband was a black polymer pistol with no serial number.", ["black polymer pistol"]),
        ("A Citizen app alert sent staff to the Citizens Bank ATM across from the school.", ["Citizens Bank ATM"]),
        ("He bought a Jamaican beef patty and then threw the tray.", ["Jamaican beef patty"]),
    ],
)
def test_facts_stay(redactor: Redactor, text: str, kept: list[str]) -> None:
    out, _ = redactor.redact_text(text, PATH)
    for k in kept:
        assert k in out, out


def test_a_name_one_field_gives_is_withheld_in_the_others() -> None:
    from pathlib import Path

    from gatekeeper.core.engine import Gate
    from gatekeeper.service.requests import parse_request

    gate = Gate.load(Path(__file__).resolve().parents[2] / "policies")
    req = parse_request(
        {
            "request_id": "xfield-1",
            "school_id": "BPS-1001",
            "recipient": "bpd/district-b2",
            "ground": "credible_threat",
            "threat_statement": "He posted a photo with a pistol and wrote 'Westgate or nothing' under it.",
            "incident": {
                "occurred_at": "2026-03-02T10:15:00-05:00",
                "location": "cafeteria",
                "description": "Friends say he tells everyone he's Westgate now. He showed the photo at lunch.",
            },
            "student": {"student_id": "S1", "name": "Ana Lima", "grade": 9},
        },
        gate,
    )
    body = gate.evaluate(req).report
    assert body is not None
    text = str(body.to_dict())
    assert "Westgate" not in text and "He showed the photo at lunch." in text, text
