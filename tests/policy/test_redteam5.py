"""Red-team round 5 findings on recipients (tests/data/corpus/redteam5.jsonl): a unit written with
its named liaison in brackets is that unit; a bracket that names a denied agency, or asks the police
to pass the report on, is denied."""

from __future__ import annotations

import pytest

from gatekeeper.policy import PolicyEngine


@pytest.mark.parametrize(
    ("recipient", "agency"),
    [
        ("bpd/district-b3 (Det. Ruiz)", "bpd"),
        ("BPD District E-18 (Sgt. Lee)", "bpd"),
        ("bpd (attn: Officer Lee)", "bpd"),
        ("Boston Police - District E-18", "bpd"),
        ("bpd (Det. Ruiz, ICE liaison)", "ice"),
        ("bpd (forward to HSI)", "hsi"),
        ("BPD for transfer to DHS", "dhs"),
        ("ICE via BPD", "ice"),
        ("bric (Det. Ruiz)", "bric"),
        ("bpd/district-b3 (records)", None),
        ("(Det. Ruiz)", None),
        ("bpd//x (Det. Ruiz)", None),
    ],
)
def test_recipient_with_named_liaison(engine: PolicyEngine, recipient: str, agency: str | None) -> None:
    assert engine.recipient_agency(recipient) == agency
