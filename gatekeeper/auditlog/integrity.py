"""Verifying the log as the database holds it, not only as an export shows it.

The entries are verified exactly as the oversight board verifies an export (``audit.verify``):
indices, canonical form, every signed checkpoint against the tree recomputed from the entries,
and the chain of checkpoints. Then every other stored value is compared with that recomputed
tree, because the service reads them (proofs read ``audit_nodes``, the checkpoint endpoint reads
the head and the newest note, entry listings read ``leaf_hash``), and an edit the export does not
show would otherwise pass:

* each entry row's ``leaf_hash`` and the copies of its fields kept for lookups;
* every row of ``audit_nodes``: present exactly for the complete subtrees of a log of that many
  entries, each equal to the recomputed hash (an edited, deleted or invented node);
* every row of ``audit_checkpoints``: its ``size`` and ``root`` columns equal to what its signed
  note says, none beyond the head, and the newest one at the head;
* the head: its size and root equal to the recomputed log.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from audit.checkpoint import CheckpointError, open_checkpoint
from audit.export import FORMAT
from audit.merkle import leaf_hash
from audit.note import NoteError, Verifier
from audit.tree import root_at
from audit.verify import LevelStore, VerifyReport, verify_export_tree
from gatekeeper.auditlog.store import head
from gatekeeper.storage import schema

Progress = Callable[[int, int], None]
_PAGE = 5000
_NODE_PROBLEMS = 10  # one edited entry changes every node above it: name a few, count the rest


@dataclass
class _Findings:
    problems: list[str] = field(default_factory=list)
    first_bad: int | None = None  # an entry row known to be bad
    # The first leaf under a bad node: where to look when no entry is bad (an entry edit makes
    # every node above it differ, so it never overrides the entries' own first bad index).
    first_node_leaf: int | None = None
    more_nodes: int = 0

    def bad(self, message: str, index: int | None = None) -> None:
        self.problems.append(message)
        if index is not None and (self.first_bad is None or index < self.first_bad):
            self.first_bad = index


def _entry_rows(conn: Connection) -> Iterator[tuple[int, str, bytes, str, str | None, str | None]]:
    e = schema.audit_entries
    nxt = None
    while True:
        q = select(e.c.idx, e.c.entry, e.c.leaf_hash, e.c.event_type, e.c.request_id, e.c.student_pseudonym)
        if nxt is not None:
            q = q.where(e.c.idx > nxt)
        rows = conn.execute(q.order_by(e.c.idx).limit(_PAGE)).all()
        if not rows:
            return
        for r in rows:
            yield int(r.idx), str(r.entry), bytes(r.leaf_hash), str(r.event_type), r.request_id, r.student_pseudonym
        nxt = int(rows[-1].idx)


def _check_entry_row(
    f: _Findings, idx: int, text: str, stored_leaf: bytes, columns: tuple[str, str | None, str | None]
) -> None:
    if leaf_hash(text.encode("utf-8")) != stored_leaf:
        f.bad(f"entry {idx}: its stored leaf_hash is not the hash of the entry", idx)
    try:
        entry = json.loads(text)
    except ValueError:
        return  # the export check names an entry that is not JSON
    if not isinstance(entry, dict):
        return
    expected = (str(entry.get("event_type", "")), entry.get("request_id"), entry.get("student_pseudonym"))
    for name, got, want in zip(("event_type", "request_id", "student_pseudonym"), columns, expected, strict=True):
        if got != want:
            f.bad(f"entry {idx}: its {name} column differs from the entry", idx)


def _lines(
    conn: Connection, f: _Findings, verifier: Verifier, origin: str, head_size: int
) -> Iterator[str]:
    """The export of the stored log (as ``gatekeeper audit export`` writes it), checking each
    row's other columns on the way."""
    yield json.dumps({"type": "header", "format": FORMAT, "origin": origin, "size": head_size})
    for idx, text, stored_leaf, event_type, request_id, pseudonym in _entry_rows(conn):
        if idx >= head_size:
            f.bad(f"entry {idx} lies beyond the head (size {head_size})", head_size)
            continue
        _check_entry_row(f, idx, text, stored_leaf, (event_type, request_id, pseudonym))
        yield f'{{"type":"entry","index":{idx},"entry":{text}}}'
    c = schema.audit_checkpoints
    for row in conn.execute(select(c.c.size, c.c.root, c.c.note).order_by(c.c.size)):
        size, note = int(row.size), str(row.note)
        try:
            cp = open_checkpoint(note, verifier, origin=origin)
        except CheckpointError:
            cp = None  # the export check names the bad signature
        if cp is not None and cp.size != size:
            f.bad(f"checkpoint row of size {size}: its signed note is of size {cp.size}")
        if cp is not None and bytes(row.root) != cp.root:
            f.bad(f"checkpoint of size {size}: its stored root differs from the root its note signed")
        if size > head_size:
            f.bad(f"checkpoint of size {size} lies beyond the head (size {head_size})")
            continue
        yield json.dumps({"type": "checkpoint", "note": note})


def _check_nodes(conn: Connection, f: _Findings, tree: LevelStore) -> None:
    n = schema.audit_nodes
    levels = {int(lv) for (lv,) in conn.execute(select(n.c.level).distinct())}
    top = max([*levels, len(tree.levels) - 1])
    for level in range(top + 1):
        expected = tree.count(level)
        if level not in levels:
            if expected:
                _node_bad(f, f"audit_nodes: all {expected} nodes of level {level} are missing", 0)
            continue
        want = 0  # the next index this level must hold
        last = -1
        while True:
            rows = conn.execute(
                select(n.c.idx, n.c.hash).where(n.c.level == level, n.c.idx > last).order_by(n.c.idx).limit(_PAGE)
            ).all()
            if not rows:
                break
            first, end = int(rows[0].idx), int(rows[-1].idx) + 1
            if first == want and end - first == len(rows) and end <= expected:
                # The usual page: contiguous and present in the tree; one comparison for all of it.
                stored = b"".join(bytes(r.hash) for r in rows)
                if stored == tree.levels[level][first * 32 : end * 32]:
                    want, last = end, end - 1
                    continue
            for r in rows:
                idx = int(r.idx)
                if idx > want and want < expected:
                    gap_end = min(idx, expected)
                    _node_bad(f, f"audit_nodes: node(s) {_span(level, want, gap_end)} missing", want << level)
                computed = tree.node(level, idx)
                if computed is None:
                    _node_bad(f, f"audit_nodes: node {_span(level, idx, idx + 1)} is no subtree of the log")
                elif bytes(r.hash) != computed:
                    _node_bad(
                        f,
                        f"audit_nodes: node {_span(level, idx, idx + 1)} differs from the tree recomputed "
                        "from the entries",
                        idx << level,
                    )
                want = max(want, idx + 1)
            last = int(rows[-1].idx)
        if want < expected:
            _node_bad(f, f"audit_nodes: node(s) {_span(level, want, expected)} missing", want << level)
    if f.more_nodes:
        f.bad(f"audit_nodes: {f.more_nodes} more node problem(s) not listed")


def _span(level: int, start: int, end: int) -> str:
    """Nodes [start, end) of ``level`` named with the leaves they cover."""
    nodes = f"(level {level}, index {start})" if end == start + 1 else f"(level {level}, index {start}..{end - 1})"
    return f"{nodes} over entries [{start << level}, {end << level})"


def _node_bad(f: _Findings, message: str, first_leaf: int | None = None) -> None:
    if first_leaf is not None and (f.first_node_leaf is None or first_leaf < f.first_node_leaf):
        f.first_node_leaf = first_leaf
    if sum(p.startswith("audit_nodes:") for p in f.problems) >= _NODE_PROBLEMS:
        f.more_nodes += 1
        return
    f.bad(message)


def _check_head(conn: Connection, f: _Findings, tree: LevelStore, head_size: int, head_root: bytes) -> None:
    if tree.size != head_size:
        f.bad(f"the stored head names {head_size} entries but the log holds {tree.size}", min(tree.size, head_size))
        return
    if head_size > 0 and root_at(head_size, tree) != head_root:
        f.bad("the stored tree head's root differs from the root of the entries")
    c = schema.audit_checkpoints
    newest = conn.execute(select(func.max(c.c.size)).where(c.c.size <= head_size)).scalar()
    if head_size > 0 and (newest is None or int(newest) != head_size):
        f.bad(f"no checkpoint at the head (size {head_size}); the newest is of size {newest}")


def verify_stored(conn: Connection, vkey: str, origin: str, progress: Progress | None = None) -> VerifyReport:
    """Verify the stored log, every table of it; never raises on bad data."""
    try:
        verifier = Verifier.from_vkey(vkey)
    except NoteError as exc:
        return VerifyReport(False, 0, None, [f"public key: {exc}"])
    f = _Findings()
    head_size, head_root = head(conn)
    report, tree = verify_export_tree(_lines(conn, f, verifier, origin, head_size), vkey, progress=progress)
    _check_nodes(conn, f, tree)
    _check_head(conn, f, tree, head_size, head_root)
    if f.problems:
        report.ok = False
        report.problems.extend(f.problems)
        known = [i for i in (report.first_bad_index, f.first_bad) if i is not None]
        report.first_bad_index = min(known) if known else f.first_node_leaf
    return report
