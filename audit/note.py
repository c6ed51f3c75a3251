"""C2SP signed notes (c2sp.org/signed-note) with Ed25519 keys.

A note is UTF-8 text ending in a newline, a blank line, then one line per
signature: ``— <name> base64(key ID[4] || signature)``.  The key ID is
``SHA-256(name || 0x0A || sig type || public key)[:4]`` with sig type 0x01
for Ed25519.  Key strings follow golang.org/x/mod/sumdb/note:

* vkey: ``<name>+<hex key ID>+base64(0x01 || public key)``
* skey: ``PRIVATE+KEY+<name>+<hex key ID>+base64(0x01 || 32-byte seed)``

Signatures from keys the caller does not know are kept but unverified, so a
note can carry a log signature plus witness cosignatures.  A signature that
claims a known key but fails to verify is an error, never silently ignored.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ALG_ED25519 = 0x01
SIG_PREFIX = "\u2014 "
_MAX_SIGNATURES = 100


class NoteError(ValueError):
    """A note, key or signature is malformed or does not verify."""


def check_name(name: str) -> None:
    """Key names are non-empty, printable, with no whitespace and no '+'."""
    if not isinstance(name, str) or not name:
        raise NoteError("key name must be a non-empty string")
    if "+" in name or any(c.isspace() or not c.isprintable() for c in name):
        raise NoteError(f"invalid key name {name!r}: no whitespace, '+' or control characters")


def key_id(name: str, sig_type: int, public_key: bytes) -> bytes:
    """SHA-256(name || 0x0A || sig type || key)[:4]."""
    return hashlib.sha256(name.encode() + b"\n" + bytes([sig_type]) + public_key).digest()[:4]


def _b64decode(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise NoteError(f"bad base64: {text[:20]!r}") from exc


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class Verifier:
    """A public key that can check signatures of one name."""

    name: str
    key_id: bytes
    public_key: Ed25519PublicKey
    sig_type: int = ALG_ED25519

    @classmethod
    def from_vkey(cls, vkey: str, sig_type: int = ALG_ED25519) -> Verifier:
        parts = vkey.strip().split("+", 2)
        if len(parts) != 3:
            raise NoteError("vkey must be <name>+<hex key id>+<base64 key>")
        name, hex_id, b64 = parts
        check_name(name)
        raw = _b64decode(b64)
        if len(raw) != 33 or raw[0] != sig_type:
            raise NoteError(f"vkey must hold type byte 0x{sig_type:02x} and a 32-byte Ed25519 key")
        if len(hex_id) != 8 or bytes.fromhex(hex_id) != key_id(name, sig_type, raw[1:]):
            raise NoteError("vkey key ID does not match its name and key")
        return cls(name, bytes.fromhex(hex_id), Ed25519PublicKey.from_public_bytes(raw[1:]), sig_type)

    @property
    def vkey(self) -> str:
        raw = bytes([self.sig_type]) + _raw_public(self.public_key)
        return f"{self.name}+{self.key_id.hex()}+{base64.b64encode(raw).decode()}"

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            self.public_key.verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class Signer:
    """An Ed25519 private key bound to a name."""

    name: str
    key_id: bytes
    private_key: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def from_seed(cls, name: str, seed: bytes) -> Signer:
        check_name(name)
        private = Ed25519PrivateKey.from_private_bytes(seed)
        return cls(name, key_id(name, ALG_ED25519, _raw_public(private.public_key())), private)

    @classmethod
    def from_skey(cls, skey: str) -> Signer:
        parts = skey.strip().split("+", 4)
        if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
            raise NoteError("skey must be PRIVATE+KEY+<name>+<hex key id>+<base64 key>")
        name, hex_id, b64 = parts[2:]
        raw = _b64decode(b64)
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise NoteError("skey must hold type byte 0x01 and a 32-byte Ed25519 seed")
        signer = cls.from_seed(name, raw[1:])
        if signer.key_id.hex() != hex_id.lower():
            raise NoteError("skey key ID does not match its name and key")
        return signer

    @property
    def public_key(self) -> bytes:
        return _raw_public(self.private_key.public_key())

    @property
    def skey(self) -> str:
        seed = self.private_key.private_bytes_raw()
        raw = base64.b64encode(bytes([ALG_ED25519]) + seed).decode()
        return f"PRIVATE+KEY+{self.name}+{self.key_id.hex()}+{raw}"

    @property
    def vkey(self) -> str:
        return self.verifier().vkey

    def verifier(self) -> Verifier:
        return Verifier(self.name, self.key_id, self.private_key.public_key())

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)


def generate_signer(name: str) -> Signer:
    """A fresh Ed25519 signer for ``name``."""
    check_name(name)
    return Signer.from_seed(name, Ed25519PrivateKey.generate().private_bytes_raw())


@dataclass(frozen=True)
class Signature:
    """One signature line: who claims to have signed, and the raw bytes."""

    name: str
    key_id: bytes
    signature: bytes

    def line(self) -> str:
        return f"{SIG_PREFIX}{self.name} {base64.b64encode(self.key_id + self.signature).decode()}\n"


@dataclass(frozen=True)
class OpenedNote:
    text: str
    verified_signatures: list[Signature]
    unverified_signatures: list[Signature]


def check_text(text: str) -> None:
    """Note text must end in a newline and hold no control characters but newline."""
    if not text.endswith("\n"):
        raise NoteError("note text must end with a newline")
    if any((ord(c) < 0x20 and c != "\n") or c == "\x7f" for c in text):
        raise NoteError("note text must not contain control characters")


def parse_signature_line(line: str) -> Signature:
    if not line.startswith(SIG_PREFIX):
        raise NoteError(f"malformed signature line {line[:40]!r}")
    parts = line[len(SIG_PREFIX) :].split(" ")
    if len(parts) != 2:
        raise NoteError(f"malformed signature line {line[:40]!r}")
    name, b64 = parts
    check_name(name)
    raw = _b64decode(b64)
    if len(raw) < 5:
        raise NoteError("signature too short")
    return Signature(name, raw[:4], raw[4:])


def split_note(note: str) -> tuple[str, list[Signature]]:
    """Split a signed note into its text and parsed signature lines (no verification)."""
    if not isinstance(note, str) or not note.endswith("\n"):
        raise NoteError("note must end with a newline")
    split = note.rfind("\n\n")
    if split < 0:
        raise NoteError("note has no signature block")
    text, sig_block = note[: split + 1], note[split + 2 :]
    check_text(text)
    lines = sig_block[:-1].split("\n")
    if not sig_block or len(lines) > _MAX_SIGNATURES:
        raise NoteError("note needs between 1 and 100 signature lines")
    return text, [parse_signature_line(line) for line in lines]


def sign_note(text: str, signers: Sequence[Signer] | Signer) -> str:
    """Sign ``text`` with each signer; returns the full note."""
    check_text(text)
    if isinstance(signers, Signer):
        signers = [signers]
    if not signers:
        raise NoteError("need at least one signer")
    msg = text.encode()
    lines = [Signature(s.name, s.key_id, s.sign(msg)).line() for s in signers]
    return text + "\n" + "".join(lines)


def add_signature(note: str, signer: Signer) -> str:
    """Append ``signer``'s signature to a note, keeping existing lines."""
    text, sigs = split_note(note)
    if any(s.name == signer.name and s.key_id == signer.key_id for s in sigs):
        return note
    return note + Signature(signer.name, signer.key_id, signer.sign(text.encode())).line()


def open_note(note: str, verifiers: Iterable[Verifier] | Verifier) -> OpenedNote:
    """Verify ``note``; raises NoteError unless a known verifier's signature checks out."""
    text, sigs = split_note(note)
    if isinstance(verifiers, Verifier):
        verifiers = [verifiers]
    known = {(v.name, v.key_id): v for v in verifiers}
    msg = text.encode()
    verified: list[Signature] = []
    unverified: list[Signature] = []
    for sig in sigs:
        v = known.get((sig.name, sig.key_id))
        if v is None or v.sig_type != ALG_ED25519:
            unverified.append(sig)
        elif v.verify(msg, sig.signature):
            verified.append(sig)
        else:
            raise NoteError(f"invalid signature for key {sig.name}+{sig.key_id.hex()}")
    if not verified:
        raise NoteError("no signature from a known key")
    return OpenedNote(text, verified, unverified)
