"""The log's side of tlog-witness as pure functions, and the witnesses policy file."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import yaml

from audit.checkpoint import Checkpoint, sign_checkpoint
from audit.cosign import cosign, witness_vkey
from audit.note import Signer, generate_signer
from audit.tlog_witness import (
    WitnessKey,
    WitnessProtocolError,
    add_checkpoint_body,
    cosignatures_from_response,
    parse_conflict_size,
    valid_cosigners,
)
from gatekeeper.errors import PolicyInvalid
from gatekeeper.service.witnessing import load_witness_policy
from tests.conftest import ROOT

LOG = generate_signer("log.example/audit")
NOTE = sign_checkpoint(Checkpoint("log.example/audit", 5, bytes(range(32))), LOG)


def _witness(name: str = "w.example/w1") -> tuple[WitnessKey, Signer]:
    s = generate_signer(name)
    return WitnessKey(name, witness_vkey(s)), s


def test_add_checkpoint_body_is_the_spec_layout() -> None:
    proof = [bytes([i]) * 32 for i in range(3)]
    body = add_checkpoint_body(4, proof, NOTE).decode()
    head, note = body.split("\n\n", 1)
    lines = head.split("\n")
    assert lines[0] == "old 4"
    assert [base64.b64decode(x) for x in lines[1:]] == proof
    assert note == NOTE
    assert add_checkpoint_body(0, [], NOTE).decode() == "old 0\n\n" + NOTE
    with pytest.raises(ValueError):
        add_checkpoint_body(0, proof, NOTE)
    with pytest.raises(ValueError):
        add_checkpoint_body(4, [bytes(32)] * 64, NOTE)


@pytest.mark.parametrize("body,size", [("12\n", 12), ("0\n", 0)])
def test_conflict_size(body: str, size: int) -> None:
    assert parse_conflict_size(body) == size


@pytest.mark.parametrize("body", ["012\n", "12", "-1\n", "x\n", "\n", "١٢\n"])
def test_conflict_size_is_strict(body: str) -> None:
    with pytest.raises(WitnessProtocolError):
        parse_conflict_size(body)


def test_response_cosignatures_unknown_keys_are_ignored_and_bad_ones_refused() -> None:
    (key, signer), (_, other) = _witness(), _witness("other.example/w")
    mine = cosign(NOTE, signer, 1_700_000_000)[len(NOTE):]
    theirs = cosign(NOTE, other, 1_700_000_001)[len(NOTE):]
    got = cosignatures_from_response(NOTE, theirs + mine, key)
    assert [(c.witness, c.timestamp, c.line) for c in got] == [(key.name, 1_700_000_000, mine)]
    with pytest.raises(WitnessProtocolError):
        cosignatures_from_response(NOTE, theirs, key)  # nothing from the witness asked
    forged = mine[:-10] + ("A" if mine[-10] != "A" else "B") + mine[-9:]
    with pytest.raises(WitnessProtocolError):
        cosignatures_from_response(NOTE, forged, key)
    with pytest.raises(WitnessProtocolError):
        cosignatures_from_response(NOTE, "not a signature\n", key)
    assert valid_cosigners(NOTE, [theirs, mine], [key]) == [key.name]
    assert valid_cosigners(NOTE, [forged], [key]) == []


def test_the_repository_policy_loads() -> None:
    p = load_witness_policy(ROOT / "policies")
    assert p.required >= 1


@pytest.mark.parametrize(
    "doc",
    [
        {"required": 0, "witnesses": []},
        {"required": True, "witnesses": []},
        {"required": 1, "witnesses": [{"name": "a.example/w"}]},
        {"required": 1, "witnesses": [{"name": "a.example/w", "vkey": "garbage"}]},
        {"required": 1, "witnesses": [{"name": "b.example/w", "vkey": "SELF"}]},  # vkey names another witness
        {"required": 1, "witnesses": [{"name": "a.example/w", "vkey": "LOGKEY"}]},  # a note key, not 0x04
        {"required": 1, "witnesses": "a"},
    ],
)
def test_bad_policies_are_refused(tmp_path: Path, doc: dict[str, object]) -> None:
    key, _ = _witness("a.example/w")
    text = yaml.safe_dump(doc).replace("SELF", key.vkey).replace("LOGKEY", generate_signer("a.example/w").vkey)
    (tmp_path / "audit").mkdir()
    (tmp_path / "audit" / "witnesses.yaml").write_text(text)
    with pytest.raises(PolicyInvalid):
        load_witness_policy(tmp_path)


def test_a_stored_line_tells_its_own_name_and_time() -> None:
    from audit.note import NoteError
    from audit.tlog_witness import Cosignature

    key, signer = _witness()
    line = cosign(NOTE, signer, 1_700_000_123)[len(NOTE):]
    c = Cosignature.from_line(line)
    assert (c.witness, c.timestamp, c.line) == (key.name, 1_700_000_123, line)
    with pytest.raises(NoteError):
        Cosignature.from_line(NOTE.splitlines()[-1] + "\n")  # a log signature, not a cosignature/v1 payload
