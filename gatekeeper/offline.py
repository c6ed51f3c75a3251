"""`gatekeeper check`: decide requests from a file with no service and no database."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from gatekeeper.core.engine import Evaluation, Gate
from gatekeeper.errors import InvalidRequest


def decision_json(req_id: str | None, ev: Evaluation, ground: str) -> dict[str, Any]:
    """The Decision of CONTRACT.md, as `check` prints it and the API answers it (with audit)."""
    d = ev.decision
    return {
        "request_id": req_id,
        "decision": d.outcome.value,
        "ground": ground,
        "reasons": [{"code": r.code, "message": r.message} for r in d.reasons],
        "matched_rule": list(d.matched_rule),
        "legal_basis": d.legal_basis,
        "report": ev.report.to_dict() if ev.report is not None else None,
        "redactions": [
            {
                k: v
                for k, v in (("path", r.path), ("category", r.category.value), ("start", r.start), ("end", r.end))
                if v is not None
            }
            for r in ev.redactions
        ],
        "released_fields": list(ev.released_fields),
        "policy_version": d.policy_version,
        "audit": None,
    }


def _items(stream: TextIO) -> Iterator[tuple[int, Any]]:
    """A JSON document (an object or an array of them) or JSONL, one request per line."""
    text = stream.read()
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            doc = json.loads(text)
        except ValueError:
            yield 1, _Bad("the file is not valid JSON")
            return
        for i, item in enumerate(doc, 1):
            yield i, item
        return
    lines = text.splitlines()
    if stripped.startswith("{") and len([ln for ln in lines if ln.strip()]) > 1:
        try:
            yield 1, json.loads(text)  # one pretty-printed object
            return
        except ValueError:
            pass
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield i, json.loads(line)
        except ValueError:
            yield i, _Bad("the line is not valid JSON")


class _Bad:
    def __init__(self, message: str) -> None:
        self.message = message


def check_stream(policy_dir: Path, stream: TextIO, out: TextIO) -> int:
    from gatekeeper.service.requests import parse_request

    gate = Gate.load(policy_dir)
    bad = 0
    for line_no, item in _items(stream):
        if isinstance(item, _Bad):
            bad += 1
            out.write(
                json.dumps({"error": {"code": "invalid_request", "line": line_no, "message": item.message}}) + "\n"
            )
            continue
        try:
            req = parse_request(item, gate)
        except InvalidRequest as exc:
            bad += 1
            out.write(
                json.dumps(
                    {
                        "error": {
                            "code": "invalid_request",
                            "line": line_no,
                            "message": exc.message,
                            "errors": exc.extra.get("errors", []),
                        }
                    }
                )
                + "\n"
            )
            continue
        ev = gate.evaluate(req)
        ground = ev.decision.ground or gate.safe_label(req.ground)
        out.write(json.dumps(decision_json(req.request_id, ev, ground)) + "\n")
        out.flush()
    return bad


def decide_all(gate: Gate, items: Iterable[Any]) -> Iterator[Evaluation]:
    from gatekeeper.service.requests import parse_request

    for item in items:
        yield gate.evaluate(parse_request(item, gate))
