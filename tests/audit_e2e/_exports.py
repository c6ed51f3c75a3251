"""Synthetic audit exports built with the audit package alone (no service), for the verifier
page's tests and bench. Entries carry the awkward values canonical JSON must get right: non-ASCII
keys whose UTF-16 order differs from code-point order, astral characters, escapes, U+2028."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import text

from audit.checkpoint import Checkpoint, sign_checkpoint, with_previous
from audit.entry import entry_leaf_data
from audit.export import checkpoint_line, entry_line, header_line
from audit.merkle import leaf_hash
from audit.note import Signer
from audit.tree import MemoryNodeStore, append

ORIGIN = "test.gatekeeper.example/audit"


def make_entry(i: int) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "event_time": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z",
        "event_type": "decision",
        "actor": {"id": f"u{i % 997}", "role": "principal", "position": "staff"},
        "request_id": f"req-{i:08d}",
        "school_id": f"bps-{i % 125:03d}",
        "decision": ("release", "release_redacted", "deny")[i % 3],
        "reason_codes": ["R1", "R7"],
        "withheld": [{"path": "student.health", "category": "medical"}],
        "report_hash": f"{i:064x}",
        "notice_attached": i % 2 == 0,
    }
    if i % 5 == 0:
        # \ue000 sorts after 😀 by code point but before it by UTF-16 unit: RFC 8785 uses UTF-16.
        entry["details"] = {"\ue000": "private use", "😀": "astral", "é": 'quote " and \\ and \u2028', "n": -i}
    return entry


def export_lines(n: int, signer: Signer, every: int = 8, origin: str = ORIGIN) -> Iterator[str]:
    """Header, n entries, and a signed checkpoint (naming its predecessor's size) after every
    ``every`` entries and at n."""
    store = MemoryNodeStore()
    entries = [make_entry(i) for i in range(n)]
    yield header_line(origin, n)
    for i, e in enumerate(entries):
        yield entry_line(i, e)
    size = 0
    targets = sorted({*range(every, n + 1, every), n} - {0})
    for target in targets:
        nodes, root = append(size, [leaf_hash(entry_leaf_data(e)) for e in entries[size:target]], store)
        store.put(nodes)
        # As the service does: each checkpoint signs the size of the one before it.
        cp = with_previous(Checkpoint(origin, target, root), size)
        size = target
        yield checkpoint_line(sign_checkpoint(cp, signer))


def write_export(path: Path, n: int, signer: Signer, every: int = 8) -> Path:
    path.write_text("".join(line + "\n" for line in export_lines(n, signer, every)), encoding="utf-8")
    return path


def rewrite_history(live: Any) -> None:
    """The operator edits an entry and rebuilds the tree with the same key."""
    from gatekeeper.auditlog.writer import AuditWriter

    with live.ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET entry = replace(entry, '\"allow\"', '\"deny\"') WHERE idx = 1"))
        conn.execute(text("DELETE FROM audit_nodes"))
        conn.execute(text("DELETE FROM audit_checkpoints"))
        conn.execute(text("UPDATE audit_head SET size = 0"))
        rows = conn.execute(text("SELECT idx, entry FROM audit_entries ORDER BY idx")).all()
        conn.execute(text("DELETE FROM audit_entries"))
    live.ctx.audit.stop()
    w = AuditWriter(live.ctx.db, live.ctx.signer, live.ctx.settings.log_origin)
    w.start()
    for row in rows:
        w.append([json.loads(row.entry)])
    w.append([{"event_type": "policy_changed", "event_time": "2026-12-04T00:00:00Z"}])
    w.stop()
