"""Red-team findings on decisions: placeholder threat statements, grounds and recipients in other
words (tests/data/corpus/redteam.jsonl)."""

from __future__ import annotations

import pytest

from gatekeeper.core.types import Outcome
from gatekeeper.policy import PolicyEngine
from gatekeeper.policy.engine import Facts
from gatekeeper.policy.text import key


@pytest.mark.parametrize("statement", ["N/A", "n/a", "None", "See above.", "TBD", "-", "threat", "?"])
def test_placeholder_statement_is_no_statement(engine: PolicyEngine, statement: str) -> None:
    d = engine.decide(Facts("credible_threat", "bpd", has_threat_statement=True, threat_statement_key=key(statement)))
    assert d.outcome is Outcome.DENY and d.reasons[0].code == "missing_threat_statement"


@pytest.mark.parametrize(
    "statement", ["TBD - Mr. Keane will fill this in", "pending: to be added later by the AP", "N/A, will send Monday"]
)
def test_placeholder_with_a_note_is_no_statement(engine: PolicyEngine, statement: str) -> None:
    """A placeholder with a note that the statement is still to come (outsider round 65)."""
    d = engine.decide(Facts("credible_threat", "bpd", has_threat_statement=True, threat_statement_key=key(statement)))
    assert d.outcome is Outcome.DENY and d.reasons[0].code == "missing_threat_statement"


@pytest.mark.parametrize(
    "statement", ["threat made: he will follow her home", "I'll add you to my list, you're dead", "TBD when I shoot"]
)
def test_short_statements_with_those_words_still_count(engine: PolicyEngine, statement: str) -> None:
    d = engine.decide(Facts("credible_threat", "bpd", has_threat_statement=True, threat_statement_key=key(statement)))
    assert d.outcome is Outcome.ALLOW


def test_real_statement_still_allowed(engine: PolicyEngine) -> None:
    d = engine.decide(Facts("credible_threat", "bpd", has_threat_statement=True, threat_statement_key=None))
    assert d.outcome is Outcome.ALLOW


@pytest.mark.parametrize(
    ("ground", "extra"),
    [
        ("Weapon possession (SAF-02)", {"weapon": "knife"}),
        ("assault w/ dangerous weapon", {}),
        ("bomb threat", {"has_threat_statement": True}),
        ("drug possession", {"substances": ("heroin",)}),
    ],
)
def test_grounds_in_other_words(engine: PolicyEngine, ground: str, extra: dict[str, object]) -> None:
    assert engine.decide(Facts(ground, "bpd", **extra)).outcome is Outcome.ALLOW  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("recipient", "allowed"),
    [
        ("Boston Police Department (BPD)", True),
        ("BPD Drug Control Unit", True),
        ("BPD (District B-2)", True),
        ("Boston Police Department, Bureau of Intelligence and Analysis", False),
        ("BPD Intel Unit", False),
        ("BPD (BRIC)", False),
        ("Boston Police (ICE liaison)", False),
    ],
)
def test_recipients_in_other_words(engine: PolicyEngine, recipient: str, allowed: bool) -> None:
    d = engine.decide(Facts("weapon", recipient, weapon="knife"))
    assert (d.outcome is Outcome.ALLOW) is allowed, d.reasons


@pytest.mark.parametrize("kind", ["mugshot_comparison", "mugshot_match", "Mug Shot Comparison", "facial_match"])
def test_mugshot_and_facial_match_attachments_are_face_surveillance(engine: PolicyEngine, kind: str) -> None:
    d = engine.decide(Facts("weapon", "bpd", weapon="knife", attachment_kinds=(kind,)))
    assert d.outcome is Outcome.DENY and d.reasons[0].code == "face_surveillance"


def test_mugshot_in_attachment_name_is_face_surveillance(engine: PolicyEngine) -> None:
    d = engine.decide(Facts("weapon", "bpd", weapon="knife", attachment_kinds=("document", "name:mugshot_match.pdf")))
    assert d.outcome is Outcome.DENY and d.reasons[0].code == "face_surveillance"
