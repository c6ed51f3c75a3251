"""`gatekeeper check`: decide requests from a file with no service and no database."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from gatekeeper.core.answers import decision_json
from gatekeeper.core.engine import Evaluation, Gate
from gatekeeper.errors import InvalidRequest
from gatekeeper.service.requests import evaluate_submission


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
            req, ev = evaluate_submission(item, gate)
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
        ground = ev.decision.ground or gate.safe_label(req.ground)
        out.write(json.dumps(decision_json(req.request_id, ev, ground)) + "\n")
        out.flush()
    return bad


def decide_all(gate: Gate, items: Iterable[Any]) -> Iterator[Evaluation]:
    for item in items:
        yield evaluate_submission(item, gate)[1]
