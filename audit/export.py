"""The audit export format, ``gatekeeper-audit-export/1`` (JSON Lines).

1. ``{"type":"header","format":"gatekeeper-audit-export/1","origin":...,"size":N}``
2. ``{"type":"entry","index":i,"entry":{...}}`` for i = 0 .. N-1, in order
3. ``{"type":"checkpoint","note":"<signed checkpoint note>"}`` lines, in
   increasing tree size; the last one should cover all N entries.

The leaf data of entry i is the RFC 8785 canonical JSON of its ``entry``
object, so whitespace or key order in the file does not matter, but any
change to a value does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

FORMAT = "gatekeeper-audit-export/1"


def _dump(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def header_line(origin: str, size: int) -> str:
    return _dump({"type": "header", "format": FORMAT, "origin": origin, "size": size})


def entry_line(index: int, entry: Mapping[str, Any]) -> str:
    return _dump({"type": "entry", "index": index, "entry": entry})


def checkpoint_line(note: str) -> str:
    return _dump({"type": "checkpoint", "note": note})


def export_lines(
    origin: str, size: int, entries: Iterable[Mapping[str, Any]], checkpoint_notes: Iterable[str]
) -> Iterator[str]:
    """Yield export lines (without newlines); ``entries`` must hold ``size`` items in index order."""
    yield header_line(origin, size)
    for index, entry in enumerate(entries):
        yield entry_line(index, entry)
    for note in checkpoint_notes:
        yield checkpoint_line(note)
