"""The witness's side of C2SP tlog-witness (c2sp.org/tlog-witness), as pure functions.

A witness (the oversight board, an advocacy group, the council's clerk) keeps the last checkpoint
it cosigned for the log. It cosigns a new one only when the log signed it and a consistency proof
shows it extends the kept one, so a log that rewrote or forked its history cannot get that
cosignature. Reading and writing the kept checkpoint, the lock that makes check-and-write atomic,
and HTTP live in :mod:`audit.witness_server`; here each refusal is a typed error that the HTTP
layer maps to the status code the spec names.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from audit.checkpoint import Checkpoint, CheckpointError, open_checkpoint
from audit.note import NoteError, Verifier, split_note
from audit.tlog_witness import MAX_PROOF_LINES
from audit.verify import checkpoints_consistent


class WitnessRefusal(Exception):
    """The witness will not cosign this submission; the message says why (safe to send back)."""


class MalformedSubmission(WitnessRefusal):
    """The body does not follow the add-checkpoint format, or the old size exceeds the new."""


class UnknownLog(WitnessRefusal):
    """The checkpoint's origin is not the log this witness follows."""


class NotSignedByLog(WitnessRefusal):
    """No signature on the checkpoint verifies with the log's key."""


class SizeConflict(WitnessRefusal):
    """The client's old size is not the size this witness last cosigned (or, at the same size,
    the root differs); the client retries from ``held_size``."""

    def __init__(self, held_size: int, message: str) -> None:
        super().__init__(message)
        self.held_size = held_size


class ForkedCheckpoint(SizeConflict):
    """A validly signed tree of the very size this witness cosigned, with another root."""


class InconsistentCheckpoint(WitnessRefusal):
    """The consistency proof does not show the new checkpoint extends the kept one."""


@dataclass(frozen=True)
class Submission:
    """One add-checkpoint request body, parsed."""

    old_size: int
    proof: tuple[bytes, ...]
    note: str


@dataclass(frozen=True)
class FollowedLog:
    """The log a witness follows: its origin line and the key its checkpoints must verify with."""

    origin: str
    verifier: Verifier

    @classmethod
    def from_vkey(cls, vkey: str, origin: str | None = None) -> FollowedLog:
        verifier = Verifier.from_vkey(vkey)
        # A log's key is conventionally named after its origin, as this service's is.
        return cls(origin or verifier.name, verifier)

    def open(self, note: str) -> Checkpoint:
        """A checkpoint of this log whose signature verifies; raises CheckpointError."""
        return open_checkpoint(note, self.verifier, origin=self.origin)


def _decimal(text: str) -> int | None:
    if not text.isascii() or not text.isdigit() or (text != "0" and text.startswith("0")):
        return None
    return int(text)


def parse_submission(body: bytes) -> Submission:
    """The add-checkpoint body: ``old <size>``, up to 63 base64 proof lines, an empty line, the note."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedSubmission("the body is not UTF-8") from None
    head, sep, note = text.partition("\n\n")
    if not sep:
        raise MalformedSubmission("the old size and proof lines must end with an empty line")
    first, *proof_lines = head.split("\n")
    old = _decimal(first[4:]) if first.startswith("old ") else None
    if old is None:
        raise MalformedSubmission("the first line must be 'old <size>' in canonical decimal")
    if len(proof_lines) > MAX_PROOF_LINES:
        raise MalformedSubmission(f"at most {MAX_PROOF_LINES} consistency proof lines")
    proof: list[bytes] = []
    for line in proof_lines:
        try:
            h = base64.b64decode(line, validate=True)
        except (binascii.Error, ValueError):
            raise MalformedSubmission("a consistency proof line is not base64") from None
        if len(h) != 32:
            raise MalformedSubmission("a consistency proof line must hold a 32-byte hash")
        proof.append(h)
    if old == 0 and proof:
        raise MalformedSubmission("the proof must be empty when the old size is 0")
    return Submission(old, tuple(proof), note)


def check_submission(sub: Submission, log: FollowedLog, held: Checkpoint | None) -> Checkpoint:
    """The checkpoint the witness may now cosign and keep, given the one it ``held`` (None before
    its first cosignature); raises a :class:`WitnessRefusal` otherwise. The caller must hold its
    lock from this check until the returned checkpoint is written (the spec's rollback race)."""
    try:
        text, _ = split_note(sub.note)
        claimed = Checkpoint.parse(text)
    except (NoteError, CheckpointError) as exc:
        raise MalformedSubmission(f"not a signed checkpoint: {exc}") from None
    if claimed.origin != log.origin:
        raise UnknownLog("this witness does not follow that log")
    try:
        new = log.open(sub.note)
    except CheckpointError:
        raise NotSignedByLog("no signature from the log's key verifies") from None
    if sub.old_size > new.size:
        raise MalformedSubmission("the old size is larger than the checkpoint's size")
    held_size = held.size if held is not None else 0
    if sub.old_size != held_size:
        raise SizeConflict(held_size, f"this witness last cosigned size {held_size}")
    if held is None:
        return new  # nothing kept to extend: the first checkpoint is taken on its signature
    if new.size == held.size:
        if new.root != held.root:
            raise ForkedCheckpoint(held_size, "a different tree of the size this witness cosigned: the log forked")
        return new
    if held.size == 0:
        return new  # the empty tree is a prefix of every tree
    if not checkpoints_consistent(held, new, sub.proof):
        raise InconsistentCheckpoint("the consistency proof does not verify: the log rewrote or forked its history")
    return new
