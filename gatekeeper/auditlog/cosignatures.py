"""SQL storage of witness cosignatures: one verified signature line per (checkpoint size, witness).

Only the line is kept: the witness's name and the time are read back from it, and it is verified
again against the policy's keys whenever it counts for anything, so no stored column can say
something the signature does not.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, select

from audit.note import NoteError
from audit.tlog_witness import Cosignature
from gatekeeper.storage import schema


def store(conn: Connection, size: int, cosig: Cosignature) -> None:
    """Keep the newest cosignature a witness gave for this checkpoint."""
    c = schema.audit_cosignatures
    conn.execute(delete(c).where(c.c.size == size, c.c.witness == cosig.witness))
    conn.execute(c.insert().values(size=size, witness=cosig.witness, line=cosig.line))


def _read(witness: str, line: str) -> Cosignature:
    try:
        return Cosignature.from_line(line)
    except NoteError:
        return Cosignature(witness, 0, line)  # shown, and it will not verify


def for_size(conn: Connection, size: int) -> list[Cosignature]:
    c = schema.audit_cosignatures
    rows = conn.execute(select(c.c.witness, c.c.line).where(c.c.size == size).order_by(c.c.witness))
    return [_read(str(r.witness), str(r.line)) for r in rows]


def last_cosigned_size(conn: Connection, witness: str) -> int:
    """The largest checkpoint this witness cosigned for us (0 when none), i.e. its 'old size'."""
    c = schema.audit_cosignatures
    got = conn.execute(select(func.max(c.c.size)).where(c.c.witness == witness)).scalar()
    return 0 if got is None else int(got)


def lines_by_size(conn: Connection) -> dict[int, list[str]]:
    """Every stored cosignature line, by checkpoint size (for the export)."""
    c = schema.audit_cosignatures
    out: dict[int, list[str]] = {}
    for r in conn.execute(select(c.c.size, c.c.line).order_by(c.c.size, c.c.witness)):
        out.setdefault(int(r.size), []).append(str(r.line))
    return out
