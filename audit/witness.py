"""The oversight board as a witness: it keeps the last checkpoint it saw, checks that the log's
newest checkpoint extends it (a consistency proof), and only then adds its own cosignature
(C2SP tlog-cosignature). A log that rewrote or forked its history cannot get that cosignature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from audit.checkpoint import CheckpointError, open_checkpoint
from audit.cosign import cosign
from audit.note import Signer, Verifier
from audit.verify import checkpoints_consistent


@dataclass(frozen=True)
class WitnessResult:
    ok: bool
    old_size: int
    new_size: int
    cosigned_note: str | None
    problem: str | None = None


def witness_step(
    previous_note: str | None,
    newest_note: str,
    proof: Sequence[bytes],
    log_vkey: str,
    witness: Signer,
    timestamp: int,
) -> WitnessResult:
    verifier = Verifier.from_vkey(log_vkey)
    try:
        new = open_checkpoint(newest_note, verifier)
    except CheckpointError as exc:
        return WitnessResult(False, 0, 0, None, f"the newest checkpoint is not validly signed: {exc}")
    if previous_note is None:
        return WitnessResult(True, 0, new.size, cosign(newest_note, witness, timestamp))
    try:
        old = open_checkpoint(previous_note, verifier)
    except CheckpointError as exc:
        return WitnessResult(False, 0, new.size, None, f"the kept checkpoint is not validly signed: {exc}")
    if new.size < old.size:
        return WitnessResult(False, old.size, new.size, None, "the log is smaller than the kept checkpoint: truncated")
    if not checkpoints_consistent(old, new, proof):
        return WitnessResult(
            False, old.size, new.size, None, "the newest checkpoint does not extend the kept one: rewritten or forked"
        )
    return WitnessResult(True, old.size, new.size, cosign(newest_note, witness, timestamp))
