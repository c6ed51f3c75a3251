"""SQL reads of the log: nodes for proofs, entries, checkpoints, export."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, func, literal, select, tuple_

from gatekeeper.storage import schema

# SQLite caps bound parameters per statement; proofs need a few dozen keys at most.
_KEY_CHUNK = 400


class SqlNodeReader:
    """audit.tree's NodeReader over the audit_nodes table, batched into one query."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.reads = 0

    def get_nodes(self, keys: Sequence[tuple[int, int]]) -> Mapping[tuple[int, int], bytes]:
        out: dict[tuple[int, int], bytes] = {}
        wanted = list(dict.fromkeys(keys))
        self.reads += len(wanted)
        n = schema.audit_nodes
        for i in range(0, len(wanted), _KEY_CHUNK):
            chunk = wanted[i : i + _KEY_CHUNK]
            rows = self.conn.execute(select(n.c.level, n.c.idx, n.c.hash).where(tuple_(n.c.level, n.c.idx).in_(chunk)))
            for level, idx, h in rows:
                out[(int(level), int(idx))] = bytes(h)
        return out


def head(conn: Connection) -> tuple[int, bytes]:
    h = schema.audit_head
    row = conn.execute(select(h.c.size, h.c.root).where(h.c.id == 1)).one_or_none()
    if row is None:
        return 0, b""
    return int(row.size), bytes(row.root)


def never_written(conn: Connection) -> bool:
    """True only when no table of the log holds anything: a log never appended to. A head
    removed while entries, nodes or checkpoints remain is not "empty", it is damage."""
    if head(conn)[0] != 0:
        return False
    for table in (schema.audit_entries, schema.audit_nodes, schema.audit_checkpoints):
        if conn.execute(select(literal(1)).select_from(table).limit(1)).first() is not None:
            return False
    return True


def latest_checkpoint(conn: Connection) -> str | None:
    c = schema.audit_checkpoints
    row = conn.execute(select(c.c.note).order_by(c.c.size.desc()).limit(1)).one_or_none()
    return None if row is None else str(row.note)


def checkpoint_at(conn: Connection, size: int) -> str | None:
    c = schema.audit_checkpoints
    row = conn.execute(select(c.c.note).where(c.c.size == size)).one_or_none()
    return None if row is None else str(row.note)


def entries(conn: Connection, start: int, end: int) -> list[dict[str, Any]]:
    e = schema.audit_entries
    rows = conn.execute(
        select(e.c.idx, e.c.entry, e.c.leaf_hash).where(e.c.idx >= start, e.c.idx < end).order_by(e.c.idx)
    )
    return [{"index": int(r.idx), "entry": json.loads(r.entry), "leaf_hash": bytes(r.leaf_hash).hex()} for r in rows]


def iter_entry_rows(conn: Connection, batch: int = 5000) -> Iterator[tuple[int, str, bytes]]:
    """Every entry in index order, read in pages so a long log never sits in memory."""
    e = schema.audit_entries
    nxt = 0
    while True:
        rows = conn.execute(
            select(e.c.idx, e.c.entry, e.c.leaf_hash).where(e.c.idx >= nxt).order_by(e.c.idx).limit(batch)
        ).all()
        if not rows:
            return
        for r in rows:
            yield int(r.idx), str(r.entry), bytes(r.leaf_hash)
        nxt = int(rows[-1].idx) + 1


def count_checkpoints(conn: Connection, up_to_size: int) -> int:
    c = schema.audit_checkpoints
    return int(conn.execute(select(func.count()).select_from(c).where(c.c.size <= up_to_size)).scalar_one())


def iter_checkpoints(conn: Connection) -> Iterator[tuple[int, str]]:
    c = schema.audit_checkpoints
    for r in conn.execute(select(c.c.size, c.c.note).order_by(c.c.size)):
        yield int(r.size), str(r.note)
