"""The log's side of the C2SP tlog-witness protocol (c2sp.org/tlog-witness), as pure functions.

``add-checkpoint`` request body: ``old <size>\\n``, zero to 63 base64 consistency-proof lines, an
empty line, then the signed checkpoint note. A witness answers 200 with one or more note signature
lines (tlog-cosignature ``cosignature/v1``), or 409 ``text/x.tlog.size`` with the size it last
cosigned, or 403/404/400/422. Cosignatures from keys the client does not know are ignored, as the
spec requires; one from a known key that does not verify is an error.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass

from audit.cosign import ALG_COSIGNATURE_V1, CosignatureError, verify_cosignature
from audit.note import NoteError, Verifier, parse_signature_line, split_note

MAX_PROOF_LINES = 63
SIZE_CONTENT_TYPE = "text/x.tlog.size"


class WitnessProtocolError(ValueError):
    """A witness's answer does not follow tlog-witness, or its cosignature does not verify."""


@dataclass(frozen=True)
class WitnessKey:
    """A witness the log submits to: its name, cosignature/v1 vkey and submission prefix."""

    name: str
    vkey: str
    url: str | None = None

    def verifier(self) -> Verifier:
        v = Verifier.from_vkey(self.vkey, sig_type=ALG_COSIGNATURE_V1)
        if v.name != self.name:
            raise NoteError(f"witness {self.name!r}: its vkey names {v.name!r}")
        return v


@dataclass(frozen=True)
class Cosignature:
    witness: str
    timestamp: int
    line: str  # the signature line, ending in a newline

    @classmethod
    def from_line(cls, line: str) -> Cosignature:
        """Name and timestamp read from the line itself, so nothing stored beside it can disagree."""
        sig = parse_signature_line(line.rstrip("\n"))
        if len(sig.signature) != 72:
            raise NoteError("cosignature/v1 payload must be 8 + 64 bytes")
        return cls(sig.name, int.from_bytes(sig.signature[:8], "big"), line)


def add_checkpoint_body(old_size: int, proof: Sequence[bytes], checkpoint_note: str) -> bytes:
    if old_size < 0:
        raise ValueError("old size must be 0 or more")
    if len(proof) > MAX_PROOF_LINES:
        raise ValueError("a consistency proof has at most 63 hashes")
    if old_size == 0 and proof:
        raise ValueError("the proof must be empty when the old size is 0")
    split_note(checkpoint_note)  # a malformed note is the caller's bug, not the witness's
    lines = [f"old {old_size}\n", *(base64.b64encode(h).decode() + "\n" for h in proof), "\n"]
    return ("".join(lines) + checkpoint_note).encode()


def parse_conflict_size(body: str) -> int:
    """The witness's latest cosigned size from a 409 ``text/x.tlog.size`` body."""
    text = body[:-1] if body.endswith("\n") else None
    if text is None or not text.isascii() or not text.isdigit() or (text != "0" and text.startswith("0")):
        raise WitnessProtocolError("a 409 answer must be a decimal size and a newline")
    return int(text)


def cosignatures_from_response(checkpoint_note: str, body: str, witness: WitnessKey) -> list[Cosignature]:
    """The verified cosignatures of ``witness`` in a 200 answer; raises if it has none or one is bad."""
    if not body.endswith("\n") or not body.startswith("\u2014 "):
        raise WitnessProtocolError("a 200 answer must be note signature lines, each ending in a newline")
    verifier = witness.verifier()
    mine: list[Cosignature] = []
    for raw in body[:-1].split("\n"):
        try:
            sig = parse_signature_line(raw)
        except NoteError as exc:
            raise WitnessProtocolError(f"bad signature line from the witness: {exc}") from exc
        if sig.name != verifier.name or sig.key_id != verifier.key_id:
            continue  # the spec: ignore cosignatures from unknown keys
        line = raw + "\n"
        try:
            ts = verify_cosignature(checkpoint_note + line, witness.vkey)
        except (CosignatureError, NoteError) as exc:
            raise WitnessProtocolError(str(exc)) from exc
        mine.append(Cosignature(witness.name, ts, line))
    if not mine:
        raise WitnessProtocolError(f"the answer holds no cosignature from {witness.name}")
    return mine


def valid_cosigners(checkpoint_note: str, lines: Sequence[str], witnesses: Sequence[WitnessKey]) -> list[str]:
    """Names of the ``witnesses`` whose stored cosignature line on this checkpoint verifies."""
    out: list[str] = []
    for w in witnesses:
        for line in lines:
            try:
                verify_cosignature(checkpoint_note + line, w.vkey)
            except (CosignatureError, NoteError):
                continue
            out.append(w.name)
            break
    return out
