"""Offline verification of an audit export, for the oversight board.

Needs no database and no service: only the export file and the log's public
key (and, ideally, a checkpoint the board kept from an earlier visit).

What each check catches:

* indices must run 0, 1, 2, ... with no gaps: deleted or reordered entries;
* every checkpoint signature must verify against the log key: forged checkpoints;
* every checkpoint root must equal the root recomputed from the entries at
  that size: edited entries (located to the range between the last matching
  checkpoint and the first failing one, since a hash cannot say which leaf
  changed);
* two checkpoints of the same size must have the same root: a fork;
* the kept checkpoint must be no larger than the export and its root must
  match: truncation, or history rewritten behind it;
* a checkpoint that signs the size of the one before it (``previous-size``)
  must find exactly that one before it: a checkpoint deleted from the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from audit.canonical import CanonicalError, loads_with_canonical
from audit.checkpoint import Checkpoint, CheckpointError, open_checkpoint, previous_size
from audit.export import FORMAT
from audit.merkle import EMPTY_ROOT, verify_consistency
from audit.note import NoteError, Verifier
from audit.tree import NodeKey, root_at

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 1 << 16
_FLUSH_EVERY = 1 << 12


@dataclass
class VerifyReport:
    ok: bool
    size: int
    first_bad_index: int | None
    problems: list[str] = field(default_factory=list)
    checkpoints_verified: int = 0


class LevelStore:
    """Every complete-subtree hash, packed per level into one bytearray.

    About 64 bytes per leaf, far less than a dict of bytes objects, and it
    lets the verifier compute the root at any earlier size in O(log n), and
    compare a stored tree node by node (``node``, ``count``).
    """

    def __init__(self) -> None:
        self.levels: list[bytearray] = [bytearray()]
        self.size = 0

    def add_leaf(self, h: bytes) -> None:
        self.add_leaves([h])

    def add_leaves(self, hashes: Sequence[bytes]) -> None:
        """Append leaf hashes and every subtree they complete, level by level.

        Hashing whole runs of pairs per level in one comprehension keeps the per-node Python
        work to a slice and a ``sha256`` call, which is what the verifier's speed comes down to.
        """
        levels = self.levels
        levels[0] += b"".join(hashes)
        self.size += len(hashes)
        sha256 = hashlib.sha256
        level = 0
        while True:
            below = levels[level]
            pairs = len(below) // 64
            if level + 1 == len(levels):
                if pairs == 0:
                    return
                levels.append(bytearray())
            above = levels[level + 1]
            done = len(above) // 32
            if done == pairs:
                return
            run = bytes(below[done * 64 : pairs * 64])
            above += b"".join([sha256(b"\x01" + run[i : i + 64]).digest() for i in range(0, len(run), 64)])
            level += 1

    def count(self, level: int) -> int:
        """How many complete subtrees of ``level`` the tree has (``size >> level``)."""
        return len(self.levels[level]) // 32 if 0 <= level < len(self.levels) else 0

    def node(self, level: int, index: int) -> bytes | None:
        if 0 <= index < self.count(level):
            return bytes(self.levels[level][index * 32 : (index + 1) * 32])
        return None

    def get_nodes(self, keys: Sequence[NodeKey]) -> Mapping[NodeKey, bytes]:
        out: dict[NodeKey, bytes] = {}
        for level, index in keys:
            if level < len(self.levels) and (index + 1) * 32 <= len(self.levels[level]):
                out[(level, index)] = bytes(self.levels[level][index * 32 : (index + 1) * 32])
        return out


class _Run:
    """Mutable state of one verification run."""

    def __init__(self, verifier: Verifier) -> None:
        self.verifier = verifier
        self.store = LevelStore()
        self.problems: list[str] = []
        self.first_bad: int | None = None
        self.origin: str | None = None
        self.declared_size: int | None = None
        self.checkpoint_notes: list[str] = []

    def bad(self, message: str, index: int | None) -> None:
        self.problems.append(message)
        if index is not None and (self.first_bad is None or index < self.first_bad):
            self.first_bad = index


def _read_header(run: _Run, line: str) -> None:
    try:
        header = json.loads(line)
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or header.get("type") != "header" or header.get("format") != FORMAT:
        run.bad(f"first line is not a {FORMAT} header", 0)
        return
    origin, size = header.get("origin"), header.get("size")
    if not isinstance(origin, str) or not isinstance(size, int) or size < 0:
        run.bad("header needs a string origin and a size >= 0", 0)
        return
    run.origin, run.declared_size = origin, size


def _scan(run: _Run, lines: Iterable[str], progress: Progress | None) -> None:
    total = 0
    store = run.store
    # Leaf data waits here and is hashed into the store a run at a time (see add_leaves);
    # ``count`` is the number of entries read so far, hashed or not.
    pending: list[bytes] = []
    count = 0
    sha256 = hashlib.sha256

    def flush() -> None:
        store.add_leaves([sha256(b"\x00" + d).digest() for d in pending])
        pending.clear()

    for lineno, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if lineno == 1:
            _read_header(run, line)
            total = run.declared_size or 0
            continue
        if not line or line.isspace():
            continue
        try:
            obj, leaf = loads_with_canonical(line, "entry")
        except (json.JSONDecodeError, CanonicalError) as exc:
            run.bad(f"line {lineno}: not valid JSON ({exc})", count)
            continue
        kind = obj.get("type")
        if kind == "entry":
            if run.checkpoint_notes:
                run.bad(f"line {lineno}: entry after checkpoint lines", count)
            index = obj.get("index")
            if index != count:
                run.bad(f"line {lineno}: entry index {index!r}, expected {count} (deleted or reordered)", count)
            # Only the shape needed to hash it: field rules are the service's concern,
            # and a full validate_entry per line costs a third of the run time.
            if not isinstance(obj.get("entry"), dict):
                run.bad(f"line {lineno}: entry {count} is not a JSON object", count)
            pending.append(leaf)
            count += 1
            if len(pending) == _FLUSH_EVERY:
                flush()
            if progress is not None and count % _PROGRESS_EVERY == 0:
                progress(count, total)
        elif kind == "checkpoint" and isinstance(obj.get("note"), str):
            run.checkpoint_notes.append(str(obj["note"]))
        else:
            run.bad(f"line {lineno}: unknown line type {kind!r}", None)
    flush()
    if progress is not None:
        progress(store.size, total)


def _check_checkpoints(run: _Run) -> int:
    size = run.store.size
    good_below = 0
    seen: dict[int, bytes] = {}
    last_size = -1
    verified = 0
    chain: dict[int, int | None] = {}
    for n, note in enumerate(run.checkpoint_notes, start=1):
        try:
            cp = open_checkpoint(note, run.verifier, origin=run.origin)
            chain[cp.size] = previous_size(cp)
        except CheckpointError as exc:
            run.bad(f"checkpoint {n}: {exc}", None)
            continue
        verified += 1
        if cp.size in seen and seen[cp.size] != cp.root:
            run.bad(f"checkpoint {n}: FORK: two signed checkpoints of size {cp.size}, different roots", None)
        seen[cp.size] = cp.root
        if cp.size < last_size:
            run.bad(f"checkpoint {n}: size {cp.size} is smaller than the one before", None)
        last_size = max(last_size, cp.size)
        if cp.size > size:
            run.bad(f"checkpoint {n}: signed size {cp.size} but the export has only {size} entries", size)
        elif root_at(cp.size, run.store) != cp.root:
            run.bad(
                f"checkpoint {n}: root at size {cp.size} does not match the entries; "
                f"an entry in [{good_below}, {cp.size}) was altered",
                # Only a lower bound: exact evidence from the index scan wins.
                good_below if run.first_bad is None else None,
            )
        else:
            good_below = max(good_below, cp.size)
    _check_chain(run, chain)
    if verified == 0:
        run.bad("no validly signed checkpoint in the export", 0)
    elif good_below < size and run.first_bad is None:
        run.bad(f"entries [{good_below}, {size}) are not covered by a matching signed checkpoint", good_below)
    return verified


def _check_chain(run: _Run, chain: Mapping[int, int | None]) -> None:
    """Each checkpoint that signed its predecessor's size must follow exactly that one."""
    before = 0
    for size in sorted(chain):
        prev = chain[size]
        if prev is not None and prev != before:
            if prev > before:
                run.bad(
                    f"checkpoint of size {prev} is missing: the one of size {size} was signed after it "
                    "(a checkpoint was deleted)",
                    None,
                )
            else:
                run.bad(f"checkpoint of size {before} is not the one the checkpoint of size {size} follows", None)
        before = size


def _check_trusted(run: _Run, trusted_note: str) -> None:
    try:
        cp = open_checkpoint(trusted_note, run.verifier, origin=run.origin)
    except CheckpointError as exc:
        run.bad(f"trusted checkpoint: {exc}", None)
        return
    size = run.store.size
    if cp.size > size:
        run.bad(f"TRUNCATED: trusted checkpoint has size {cp.size}, export only {size} entries", size)
    elif root_at(cp.size, run.store) != cp.root:
        run.bad(f"REWRITTEN: entries before the trusted checkpoint (size {cp.size}) changed", 0)


def verify_export(
    lines: Iterable[str],
    verifier_vkey: str,
    trusted_checkpoint: str | None = None,
    progress: Progress | None = None,
) -> VerifyReport:
    """Verify an export; streams ``lines`` once and never raises on bad input."""
    return verify_export_tree(lines, verifier_vkey, trusted_checkpoint, progress)[0]


def verify_export_tree(
    lines: Iterable[str],
    verifier_vkey: str,
    trusted_checkpoint: str | None = None,
    progress: Progress | None = None,
) -> tuple[VerifyReport, LevelStore]:
    """``verify_export``, also handing back the tree recomputed from the entries, so a stored
    copy of it (the service's node table) can be checked node by node."""
    try:
        verifier = Verifier.from_vkey(verifier_vkey)
    except NoteError as exc:
        return VerifyReport(False, 0, None, [f"public key: {exc}"]), LevelStore()
    run = _Run(verifier)
    _scan(run, lines, progress)
    if run.origin is None:
        return VerifyReport(False, run.store.size, 0, run.problems), run.store
    if run.declared_size != run.store.size:
        run.bad(f"header says {run.declared_size} entries, export has {run.store.size}", None)
    verified = _check_checkpoints(run)
    if trusted_checkpoint is not None:
        _check_trusted(run, trusted_checkpoint)
    ok = not run.problems
    return VerifyReport(ok, run.store.size, run.first_bad, run.problems, verified), run.store


def _ordered(a: Checkpoint, b: Checkpoint) -> tuple[Checkpoint, Checkpoint]:
    return (a, b) if a.size <= b.size else (b, a)


def checkpoints_consistent(old: Checkpoint, new: Checkpoint, proof: Sequence[bytes]) -> bool:
    """True when ``new`` extends ``old`` (the proof is ignored for equal or empty sizes)."""
    if old.origin != new.origin or old.size > new.size:
        return False
    if old.size == 0:
        # Nothing to prove from the empty tree; only its root is fixed.
        return old.root == EMPTY_ROOT
    return verify_consistency(old.size, new.size, old.root, new.root, proof)


def verify_checkpoint_consistency(old_note: str, new_note: str, proof: Sequence[bytes], vkey: str) -> bool:
    """Both notes validly signed by ``vkey`` and the newer one extends the older."""
    verifier = Verifier.from_vkey(vkey)
    try:
        old = open_checkpoint(old_note, verifier)
        new = open_checkpoint(new_note, verifier)
    except CheckpointError:
        return False
    return checkpoints_consistent(old, new, proof)


def check_fork(note_a: str, note_b: str, proof: Sequence[bytes], vkey: str) -> bool:
    """True when two *validly signed* checkpoints prove the log forked.

    Raises CheckpointError if either signature is bad: an unsigned checkpoint
    is no evidence of anything, so it must not be reported as a fork.
    """
    verifier = Verifier.from_vkey(vkey)
    a = open_checkpoint(note_a, verifier)
    b = open_checkpoint(note_b, verifier)
    old, new = _ordered(a, b)
    return not checkpoints_consistent(old, new, proof)
