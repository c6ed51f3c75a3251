"""C2SP tlog-checkpoint (c2sp.org/tlog-checkpoint) bodies and signing.

Body: ``<origin>\\n<decimal size>\\n<base64 root>\\n`` then optional
extension lines, signed as a C2SP signed note.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from audit.merkle import HASH_SIZE
from audit.note import NoteError, Signer, Verifier, check_text, open_note, sign_note


class CheckpointError(ValueError):
    """A checkpoint is malformed or its signature does not verify."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = field(default=())

    def to_text(self) -> str:
        if not self.origin or "\n" in self.origin or self.size < 0 or len(self.root) != HASH_SIZE:
            raise CheckpointError("checkpoint needs an origin line, size >= 0 and a 32-byte root")
        if any(not e or "\n" in e for e in self.extensions):
            raise CheckpointError("extension lines must be non-empty single lines")
        lines = [self.origin, str(self.size), base64.b64encode(self.root).decode(), *self.extensions]
        return "\n".join(lines) + "\n"

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        try:
            check_text(text)
        except NoteError as exc:
            raise CheckpointError(str(exc)) from exc
        lines = text[:-1].split("\n")
        if len(lines) < 3 or not lines[0]:
            raise CheckpointError("checkpoint needs origin, size and root lines")
        origin, size_s, root_s, *ext = lines
        # Canonical decimal only: no sign, no leading zeros, so one size has one text.
        if not size_s.isdigit() or not size_s.isascii() or (size_s != "0" and size_s.startswith("0")):
            raise CheckpointError(f"bad tree size {size_s!r}")
        try:
            root = base64.b64decode(root_s, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise CheckpointError("bad root hash encoding") from exc
        if len(root) != HASH_SIZE:
            raise CheckpointError("root hash must be 32 bytes")
        if any(not e for e in ext):
            raise CheckpointError("empty extension line")
        return cls(origin, int(size_s), root, tuple(ext))


# An extension line naming the size of the log's previous checkpoint (0 for the first one), so
# the signed checkpoints form a chain: one deleted from the middle leaves a gap a verifier sees.
PREVIOUS_SIZE = "previous-size"


def with_previous(cp: Checkpoint, previous_size: int) -> Checkpoint:
    """``cp`` carrying the size of the checkpoint before it as a signed extension line."""
    if not 0 <= previous_size < cp.size:
        raise CheckpointError("the previous checkpoint must be smaller than this one")
    return Checkpoint(cp.origin, cp.size, cp.root, (*cp.extensions, f"{PREVIOUS_SIZE} {previous_size}"))


def previous_size(cp: Checkpoint) -> int | None:
    """The previous checkpoint's size that ``cp`` signed, or None when it names none (an older
    checkpoint, or another log's). Raises CheckpointError when the line is malformed."""
    found = [e for e in cp.extensions if e.split(" ", 1)[0] == PREVIOUS_SIZE]
    if not found:
        return None
    value = found[0][len(PREVIOUS_SIZE) + 1 :]
    if len(found) > 1 or not value.isdigit() or not value.isascii() or (value != "0" and value.startswith("0")):
        raise CheckpointError(f"bad {PREVIOUS_SIZE} line")
    size = int(value)
    if size >= cp.size:
        raise CheckpointError(f"{PREVIOUS_SIZE} {size} is not below the checkpoint's size {cp.size}")
    return size


def sign_checkpoint(cp: Checkpoint, signer: Signer) -> str:
    """The checkpoint as a note signed by ``signer`` (whose name should be the origin)."""
    return sign_note(cp.to_text(), [signer])


def open_checkpoint(note: str, verifier: Verifier, origin: str | None = None) -> Checkpoint:
    """Verify the log signature and parse the body; raises CheckpointError."""
    try:
        opened = open_note(note, [verifier])
    except NoteError as exc:
        raise CheckpointError(f"checkpoint signature: {exc}") from exc
    cp = Checkpoint.parse(opened.text)
    if origin is not None and cp.origin != origin:
        raise CheckpointError(f"checkpoint origin {cp.origin!r}, expected {origin!r}")
    return cp
