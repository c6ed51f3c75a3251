"""Reading the log for the oversight board: entries, checkpoints, proofs, export, verification."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator

from audit import tree
from audit.verify import VerifyReport
from gatekeeper.auditlog import cosignatures, integrity, store
from gatekeeper.context import Context
from gatekeeper.core.answers import AuditEntries, AuditEntry, Checkpoint, ConsistencyProof, InclusionProof
from gatekeeper.errors import InvalidRequest, NotFound
from gatekeeper.service.principals import Principal

MAX_PAGE = 1000


def checkpoint(ctx: Context, principal: Principal | None = None) -> Checkpoint:
    with ctx.db.engine.connect() as conn:
        note = store.latest_checkpoint(conn)
        size, root = store.head(conn)
    if note is None:
        raise NotFound("the log has no checkpoint yet")
    from gatekeeper.service.witnessing import latest_witnessed

    w = latest_witnessed(ctx)
    return Checkpoint(
        origin=ctx.settings.log_origin,
        size=size,
        root_hash=base64.b64encode(root).decode(),
        checkpoint=note,
        public_key=ctx.signer.vkey,
        # the witnesses' part, answered beside the documented fields
        cosignatures=[{"witness": c.witness, "timestamp": c.timestamp, "line": c.line} for c in w.cosignatures],
        witnessed_by=list(w.valid_witnesses),
        witnesses_required=w.required,
        witnessed=w.witnessed,
    )


def entries(ctx: Context, start: int, end: int | None) -> AuditEntries:
    if start < 0:
        raise InvalidRequest("start must be 0 or more")
    stop = start + MAX_PAGE if end is None else end
    if stop < start:
        raise InvalidRequest("end must not be below start")
    stop = min(stop, start + MAX_PAGE)
    with ctx.db.engine.connect() as conn:
        size, _ = store.head(conn)
        rows = store.entries(conn, start, min(stop, size))
    return AuditEntries(
        start=start,
        end=start + len(rows),
        tree_size=size,
        entries=[AuditEntry(index=r["index"], entry=r["entry"], leaf_hash=r["leaf_hash"]) for r in rows],
    )


def inclusion(ctx: Context, index: int, size: int | None) -> InclusionProof:
    with ctx.db.engine.connect() as conn:
        head_size, _ = store.head(conn)
        n = head_size if size is None else size
        if n < 1 or n > head_size:
            raise InvalidRequest("size must be between 1 and the current tree size")
        if index < 0 or index >= n:
            raise InvalidRequest("index must be below size")
        reader = store.SqlNodeReader(conn)
        proof = tree.inclusion_proof_at(index, n, reader)
        root = tree.root_at(n, reader)
        leaf = reader.get_nodes([(0, index)])[(0, index)]
    return InclusionProof(
        index=index,
        tree_size=n,
        leaf_hash=leaf.hex(),
        root_hash=root.hex(),
        proof=[h.hex() for h in proof],
    )


def consistency(ctx: Context, first: int, second: int | None) -> ConsistencyProof:
    with ctx.db.engine.connect() as conn:
        head_size, _ = store.head(conn)
        n = head_size if second is None else second
        if first < 1 or first > n or n > head_size:
            raise InvalidRequest("need 1 <= first <= second <= the current tree size")
        reader = store.SqlNodeReader(conn)
        proof = tree.consistency_proof_at(first, n, reader)
        old_root = tree.root_at(first, reader)
        new_root = tree.root_at(n, reader)
    return ConsistencyProof(
        first=first,
        second=n,
        first_root=old_root.hex(),
        second_root=new_root.hex(),
        proof=[h.hex() for h in proof],
    )


def export_lines(ctx: Context) -> Iterator[str]:
    """The export format of audit.export, streamed from the database."""
    with ctx.db.engine.connect() as conn:
        size, _ = store.head(conn)
        yield json.dumps(
            {"type": "header", "format": "gatekeeper-audit-export/1", "origin": ctx.settings.log_origin, "size": size}
        )
        for idx, entry, _leaf in store.iter_entry_rows(conn):
            if idx >= size:
                break
            # The stored text is already canonical JSON: splice it rather than re-encode it.
            yield f'{{"type":"entry","index":{idx},"entry":{entry}}}'
        # Witness cosignatures travel with their checkpoint: a verifier without the witnesses' keys
        # ignores them (signed-note), one with the keys can count them.
        cosigned = cosignatures.lines_by_size(conn)
        for cp_size, note in store.iter_checkpoints(conn):
            if cp_size <= size:
                yield json.dumps({"type": "checkpoint", "note": note + "".join(cosigned.get(cp_size, []))})


def verify(ctx: Context, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    """Recompute the whole log from the database as the board would from an export, then check
    every stored node, checkpoint, leaf hash and the head against it (gatekeeper.auditlog.integrity)."""
    with ctx.db.engine.connect() as conn:
        return integrity.verify_stored(conn, ctx.signer.vkey, ctx.settings.log_origin, progress)
