from __future__ import annotations

import pytest

from audit.checkpoint import Checkpoint, CheckpointError, open_checkpoint, sign_checkpoint
from audit.cosign import CosignatureError, cosign, cosigned_message, verify_cosignature, witness_vkey
from audit.note import (
    NoteError,
    Signer,
    Verifier,
    add_signature,
    generate_signer,
    open_note,
    sign_note,
    split_note,
)
from tests.audit._audit_vectors import load_vectors

NV = load_vectors("note_vectors.json")
VERIFIABLE = NV["verifiable"]
FORMAT_ONLY = NV["format_only_no_public_key"]


@pytest.mark.parametrize("v", VERIFIABLE, ids=lambda v: v["vkey"].split("+")[0])
def test_verifiable_notes(v: dict[str, str]) -> None:
    verifier = Verifier.from_vkey(v["vkey"])
    assert verifier.vkey == v["vkey"]
    opened = open_note(v["note"], [verifier])
    assert [s.name for s in opened.verified_signatures] == [verifier.name]
    assert opened.text == v["note"][: v["note"].rfind("\n\n") + 1]


@pytest.mark.parametrize("v", VERIFIABLE, ids=lambda v: v["vkey"].split("+")[0])
def test_one_byte_change_fails(v: dict[str, str]) -> None:
    verifier = Verifier.from_vkey(v["vkey"])
    note = v["note"]
    tampered = note.replace("\n", "X\n", 1)
    with pytest.raises(NoteError):
        open_note(tampered, [verifier])
    text, _ = split_note(note)
    flipped = text[:-2] + chr(ord(text[-2]) ^ 1) + "\n"
    with pytest.raises(NoteError):
        open_note(flipped + note[len(text) :], [verifier])


def test_peter_neumann_signature_reproduced() -> None:
    v = VERIFIABLE[0]
    signer = Signer.from_skey(v["skey"])
    assert signer.skey == v["skey"] and signer.vkey == v["vkey"]
    text = v["note"][: v["note"].rfind("\n\n") + 1]
    assert sign_note(text, [signer]) == v["note"]


def test_enoch_root_from_zero_seed() -> None:
    peter, enoch = VERIFIABLE[0], VERIFIABLE[1]
    signer = Signer.from_seed("EnochRoot", bytes(32))
    assert signer.vkey == enoch["vkey"]
    assert add_signature(peter["note"], signer) == enoch["note"]
    assert add_signature(enoch["note"], signer) == enoch["note"]  # no duplicate line
    both = open_note(enoch["note"], [Verifier.from_vkey(peter["vkey"]), signer.verifier()])
    assert len(both.verified_signatures) == 2 and not both.unverified_signatures


def test_unknown_key_only_is_rejected() -> None:
    with pytest.raises(NoteError, match="no signature from a known key"):
        open_note(VERIFIABLE[0]["note"], [generate_signer("PeterNeumann").verifier()])


@pytest.mark.parametrize("v", FORMAT_ONLY, ids=lambda v: v["name"][:25])
def test_format_only_examples_parse(v: dict[str, str]) -> None:
    text, sigs = split_note(v["note"])
    cp = Checkpoint.parse(text)
    assert (cp.origin, cp.size) == ("example.com/behind-the-sofa", 20852163)
    assert sigs[0].name == cp.origin and len(sigs[0].signature) == 64
    assert cp.to_text() == text


def test_cosignature_example_parses() -> None:
    v = FORMAT_ONLY[1]
    text, sigs = split_note(v["note"])
    wit = sigs[1]
    assert wit.name == "witness.example.com/w1" and len(wit.signature) == 72
    timestamp = int.from_bytes(wit.signature[:8], "big")
    assert cosigned_message(text, timestamp).decode() == v["cosigned_message_example"]


@pytest.mark.parametrize(
    "note",
    [
        "no newline",
        "text\n\n",
        "text\n\nno dash line\n",
        "text\n\n\u2014 name\n",
        "text\n\n\u2014 name !!notbase64!!\n",
        "text\n\n\u2014 name AAAA\n",  # under 5 bytes
        "text\n\n\u2014 na me AAAAAAA=\n",
        "text\n\n\u2014 a+b AAAAAAA=\n",
        "te\x01xt\n\n\u2014 name AAAAAAA=\n",
    ],
)
def test_malformed_notes_rejected(note: str) -> None:
    with pytest.raises(NoteError):
        split_note(note)


@pytest.mark.parametrize("name", ["", "a b", "a+b", "tab\there", "nl\n"])
def test_bad_names(name: str) -> None:
    with pytest.raises(NoteError):
        generate_signer(name)


def test_sign_requires_trailing_newline() -> None:
    with pytest.raises(NoteError):
        sign_note("no newline", [generate_signer("x")])


def test_bad_keys() -> None:
    v = VERIFIABLE[0]
    with pytest.raises(NoteError):
        Verifier.from_vkey(v["vkey"].replace("c74f20a3", "c74f20a4"))
    with pytest.raises(NoteError):
        Verifier.from_vkey("Peter+c74f20a3")
    with pytest.raises(NoteError):
        Signer.from_skey(v["skey"].replace("c74f20a3", "00000000"))
    with pytest.raises(NoteError):
        Signer.from_skey(v["skey"][len("PRIVATE+KEY+") :])


def test_sumdb_checkpoint() -> None:
    v = VERIFIABLE[3]
    cp = open_checkpoint(v["note"], Verifier.from_vkey(v["vkey"]))
    assert cp.origin == "go.sum database tree" and cp.size == 6476701
    assert cp.root.hex() == "99bf102d022cd19d323f90acb6aea0ba3f3ba1759e0bd80433ca158a49a6f569"
    with pytest.raises(CheckpointError):
        open_checkpoint(v["note"], Verifier.from_vkey(v["vkey"]), origin="other")
    with pytest.raises(CheckpointError):
        open_checkpoint(v["note"].replace("6476701", "6476702"), Verifier.from_vkey(v["vkey"]))


def test_checkpoint_round_trip_with_extensions() -> None:
    signer = generate_signer("example.org/log")
    cp = Checkpoint("example.org/log", 42, bytes(range(32)), ("ext one", "ext-two"))
    assert open_checkpoint(sign_checkpoint(cp, signer), signer.verifier()) == cp


@pytest.mark.parametrize(
    "text",
    [
        "o\n01\n" + "A" * 43 + "=\n",
        "o\n-1\n" + "A" * 43 + "=\n",
        "o\n1\nAAAA\n",
        "o\n1\n",
        "\n1\n" + "A" * 43 + "=\n",
    ],
)
def test_bad_checkpoint_bodies(text: str) -> None:
    with pytest.raises(CheckpointError):
        Checkpoint.parse(text)


def test_cosign_round_trip() -> None:
    log, witness = generate_signer("example.org/log"), generate_signer("witness.example.org/w1")
    note = sign_checkpoint(Checkpoint("example.org/log", 7, bytes(32)), log)
    cosigned = cosign(note, witness, 1679315147)
    assert verify_cosignature(cosigned, witness_vkey(witness)) == 1679315147
    # The log signature still verifies; the cosignature is kept as unverified.
    opened = open_note(cosigned, [log.verifier()])
    assert len(opened.unverified_signatures) == 1
    # A witness vkey must carry type 0x04, and a note key cannot stand in for it.
    with pytest.raises(NoteError):
        verify_cosignature(cosigned, witness.vkey)
    with pytest.raises(CosignatureError):
        verify_cosignature(note, witness_vkey(witness))
    forged = cosigned.replace("\n7\n", "\n8\n")
    with pytest.raises(CosignatureError):
        verify_cosignature(forged, witness_vkey(witness))
