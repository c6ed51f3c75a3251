"""C2SP tlog-cosignature ``cosignature/v1`` witness cosignatures.

A witness signs ``cosignature/v1\\ntime <unix seconds>\\n<checkpoint body>``
with Ed25519.  The signature line's payload is ``key ID[4] || timestamp (8
bytes, big-endian) || signature[64]``, and the key ID uses signature type
0x04: ``SHA-256(name || 0x0A || 0x04 || public key)[:4]``.  Witness vkeys are
written like note vkeys with the type byte 0x04:
``<name>+<hex key ID>+base64(0x04 || public key)``.
"""

from __future__ import annotations

import base64

from audit.note import (
    NoteError,
    Signature,
    Signer,
    Verifier,
    key_id,
    split_note,
)

ALG_COSIGNATURE_V1 = 0x04
_MAX_TIMESTAMP = 2**63 - 1


class CosignatureError(NoteError):
    """A cosignature is missing, malformed or does not verify."""


def cosigned_message(checkpoint_text: str, timestamp: int) -> bytes:
    return f"cosignature/v1\ntime {timestamp}\n{checkpoint_text}".encode()


def witness_key_id(signer: Signer) -> bytes:
    return key_id(signer.name, ALG_COSIGNATURE_V1, signer.public_key)


def witness_vkey(signer: Signer) -> str:
    """The cosignature/v1 vkey (type byte 0x04) for a witness key."""
    raw = base64.b64encode(bytes([ALG_COSIGNATURE_V1]) + signer.public_key).decode()
    return f"{signer.name}+{witness_key_id(signer).hex()}+{raw}"


def cosign(checkpoint_note: str, witness: Signer, timestamp: int) -> str:
    """Append ``witness``'s cosignature/v1 line to a signed checkpoint note.

    The caller must already have verified the checkpoint (and its consistency
    with what the witness saw before): cosigning is an attestation of that.
    """
    text, _ = split_note(checkpoint_note)
    return checkpoint_note + cosignature_line(text, witness, timestamp)


def cosignature_line(checkpoint_text: str, witness: Signer, timestamp: int) -> str:
    """``witness``'s cosignature/v1 signature line on a checkpoint body (what a tlog-witness
    answers to add-checkpoint); the same caller duty as :func:`cosign`."""
    if not 0 <= timestamp <= _MAX_TIMESTAMP:
        raise CosignatureError("timestamp out of range")
    sig = witness.sign(cosigned_message(checkpoint_text, timestamp))
    payload = timestamp.to_bytes(8, "big") + sig
    return Signature(witness.name, witness_key_id(witness), payload).line()


def verify_cosignature(note: str, witness_vkey_str: str) -> int:
    """Check the witness's cosignature on ``note``; returns its timestamp."""
    verifier = Verifier.from_vkey(witness_vkey_str, sig_type=ALG_COSIGNATURE_V1)
    text, sigs = split_note(note)
    mine = [s for s in sigs if s.name == verifier.name and s.key_id == verifier.key_id]
    if not mine:
        raise CosignatureError(f"no cosignature from {verifier.name}")
    for sig in mine:
        if len(sig.signature) != 72:
            raise CosignatureError("cosignature/v1 payload must be 8 + 64 bytes")
        timestamp = int.from_bytes(sig.signature[:8], "big")
        if not verifier.verify(cosigned_message(text, timestamp), sig.signature[8:]):
            raise CosignatureError(f"invalid cosignature from {verifier.name}")
    return int.from_bytes(mine[0].signature[:8], "big")
