"""Replay: run past disclosures through today's policy, releasing and storing nothing.

The input is a CSV (column names mapped to the request contract) or JSONL (one contract request
per line, or ``{"request": {...}}`` as in the test corpus). Each record yields its index, the
decision, the reason codes and the withheld categories -- names, never values. Nothing here
touches a database or the audit log; the only state is the Gate passed in.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import weakref
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from gatekeeper.core.engine import Gate
from gatekeeper.core.request import boston_rfc3339
from gatekeeper.core.types import Category, Redaction, Span
from gatekeeper.errors import InvalidRequest
from gatekeeper.redact import Redactor
from gatekeeper.redact.scanner import _may_occur
from gatekeeper.service.requests import parse_request

# Column names (normalised: case-folded, spaces and hyphens as "_") -> contract field.
_COLUMNS: dict[str, str] = {}
for _target, _names in {
    "request_id": ("request_id", "record_id", "case_id", "case_number", "id"),
    "school_id": ("school_id", "school", "school_code", "bps_school_id"),
    "recipient": ("recipient", "shared_with", "disclosed_to", "recipient_agency", "agency", "recipient_unit"),
    "ground": ("ground", "reason", "basis", "incident_type", "category", "disclosure_reason"),
    "substances": ("substances", "substance", "drugs", "drug"),
    "weapon": ("weapon", "weapon_type"),
    "threat_statement": ("threat_statement", "threat", "threat_text"),
    "incident.occurred_at": ("incident_date", "occurred_at", "date", "incident_time", "incident_datetime"),
    "incident.location": ("location", "incident_location", "place"),
    "incident.description": ("description", "incident_description", "narrative", "notes", "summary", "details"),
}.items():
    for _n in _names:
        _COLUMNS[_n] = _target
_STUDENT_PREFIX = "student_"
# Without these a record can never be a request: a header that names none of them is the wrong file.
_REQUIRED = ("school_id", "recipient", "ground")


class ReplayInputError(ValueError):
    """The file as a whole cannot be replayed (an empty CSV, a header missing required columns)."""


def _norm_col(name: str) -> str:
    return "_".join(name.strip().casefold().replace("-", " ").replace(".", " ").split())


class BadRecord:
    """A record that could not be read; the message names the problem, never a value."""

    def __init__(self, message: str, errors: list[dict[str, Any]] | None = None) -> None:
        self.message = message
        self.errors = errors or []


@dataclass
class CsvMapping:
    """How the CSV's header maps to the contract; unmapped columns go to ``student`` (and so are
    withheld unless allowlisted), and their positions are reported, never silently dropped."""

    targets: list[str]
    unmapped: list[int] = field(default_factory=list)


def map_header(header: list[str]) -> CsvMapping:
    targets: list[str] = []
    unmapped: list[int] = []
    for i, raw in enumerate(header):
        col = _norm_col(raw)
        if col in _COLUMNS:
            targets.append(_COLUMNS[col])
        elif col.startswith(_STUDENT_PREFIX) and len(col) > len(_STUDENT_PREFIX):
            targets.append("student." + col[len(_STUDENT_PREFIX) :])
        elif col == "student":
            targets.append("student.name")
        else:
            targets.append("student." + col if col else f"student.column_{i + 1}")
            unmapped.append(i)
    return CsvMapping(targets, unmapped)


def row_to_request(values: list[str], mapping: CsvMapping) -> dict[str, Any]:
    if len(values) != len(mapping.targets):
        raise ValueError(f"the row has {len(values)} cells; the header has {len(mapping.targets)}")
    out: dict[str, Any] = {}
    for target, cell in zip(mapping.targets, values, strict=True):
        v = cell.strip()
        if not v:
            continue
        if target == "substances":
            out["substances"] = [s.strip() for s in v.split(";") if s.strip()]
        elif target == "incident.occurred_at":
            out.setdefault("incident", {})["occurred_at"] = boston_rfc3339(v)
        elif "." in target:
            top, sub = target.split(".", 1)
            out.setdefault(top, {})[sub] = v
        else:
            out[target] = v
    return out


def read_records(stream: TextIO, fmt: str) -> Iterator[tuple[int, Any]]:
    """(record number, request dict or BadRecord). Numbers are 1-based data rows (CSV) or lines (JSONL)."""
    if fmt == "csv":
        reader = csv.reader(stream)
        try:
            header = next(reader)
        except StopIteration:
            raise ReplayInputError("the CSV is empty: it needs a header row and one row per disclosure") from None
        except csv.Error:
            yield 1, BadRecord("the CSV header could not be read")
            return
        mapping = map_header(header)
        missing = [t for t in _REQUIRED if t not in mapping.targets]
        if missing:
            raise ReplayInputError(
                f"the CSV header has no column for {', '.join(missing)} (expected columns such as "
                "school_id, recipient, ground, incident_date, description, student_name)"
            )
        n = 0
        while True:
            n += 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error:
                yield n, BadRecord("the CSV row could not be parsed")
                continue
            if not any(c.strip() for c in values):
                continue
            try:
                yield n, row_to_request(values, mapping)
            except ValueError as exc:
                yield n, BadRecord(str(exc))
        return
    if fmt != "jsonl":
        raise ValueError("format must be csv or jsonl")
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            yield n, BadRecord("the line is not valid JSON")
            continue
        if isinstance(obj, dict) and "school_id" not in obj and isinstance(obj.get("request"), dict):
            obj = obj["request"]
        yield n, obj


def detect_format(name: str, explicit: str | None = None) -> str:
    if explicit:
        if explicit not in ("csv", "jsonl"):
            raise ValueError("format must be csv or jsonl")
        return explicit
    return "csv" if name.lower().endswith(".csv") else "jsonl"


# Bounds the memo of free-text results; a historic file's texts repeat (stock narratives,
# locations, weapons, recipients), but a file of all-distinct texts must not grow it forever.
_TEXT_MEMO_MAX = 1 << 16
_MemoKey = tuple[str, str, tuple[str, ...], tuple[tuple[str, Category], ...]]


class _ReplayRedactor(Redactor):
    """The gate's redactor with its free-text step memoised per distinct (text, path, protected
    names, names given by another field).

    Replay redacts every record's free text only to learn what would be withheld, and historic
    files repeat their texts (stock narratives, locations, weapons) far more than live requests.
    ``_redact_text`` is a pure function of its arguments (the scanner's findings it reports in
    ``found`` included), so a remembered answer is the answer; everything else is the gate's own
    redactor (its scanner, field rules and caches, shared). The memo sits on ``_redact_text``, the
    step ``redact_request`` calls for every field, not on the public ``redact_text`` alone.
    """

    def __init__(self, base: Redactor) -> None:
        self.__dict__.update(base.__dict__)
        self._text_memo: dict[_MemoKey, tuple[str, tuple[Redaction, ...], tuple[Span, ...]]] = {}

    def _redact_text(
        self,
        text: str,
        path: str,
        protect: Sequence[str],
        extra: Mapping[str, Category],
        found: dict[str, list[Span]] | None = None,
    ) -> tuple[str, list[Redaction]]:
        # A protected (student) name that cannot occur in the text changes nothing (the scanner
        # drops such names by the same test): keyed without them, a stock narrative is redacted
        # once however many students it was written about.
        key = (
            text,
            path,
            tuple(p for p in protect if _may_occur(p, text)),
            tuple(sorted(extra.items())) if extra else (),
        )
        hit = self._text_memo.get(key)
        if hit is None:
            seen: dict[str, list[Span]] = {}
            out, reds = super()._redact_text(text, path, protect, extra, seen)
            hit = (out, tuple(reds), tuple(seen.get(path, ())))
            if len(self._text_memo) < _TEXT_MEMO_MAX:
                self._text_memo[key] = hit
        if found is not None:
            found[path] = list(hit[2])
        return hit[0], list(hit[1])


# One replay view per Gate (a policy version): the memo lives as long as the gate does.
_REPLAY_GATES: weakref.WeakKeyDictionary[Gate, Gate] = weakref.WeakKeyDictionary()


def _replay_gate(gate: Gate) -> Gate:
    view = _REPLAY_GATES.get(gate)
    if view is None:
        view = copy.copy(gate)
        view.redactor = _ReplayRedactor(gate.redactor)
        _REPLAY_GATES[gate] = view
    return view


def replay_one(gate: Gate, index: int, item: Any) -> dict[str, Any]:
    """One record's outcome under ``gate``: decision, reason codes, withheld categories (names only)."""
    return outcome(_replay_gate(gate), index, item)


def outcome(gate: Gate, index: int, item: Any) -> dict[str, Any]:
    """``replay_one`` under exactly ``gate``, without replay's memo (tests compare the two)."""
    if isinstance(item, BadRecord):
        return {"index": index, "error": {"code": "invalid_request", "message": item.message, "errors": item.errors}}
    try:
        req = parse_request(item, gate)
    except InvalidRequest as exc:
        return {
            "index": index,
            "error": {"code": "invalid_request", "message": exc.message, "errors": exc.extra.get("errors", [])},
        }
    ev = gate.evaluate(req)
    d = ev.decision
    return {
        "index": index,
        "decision": d.outcome.value,
        "ground": d.ground or gate.safe_label(req.ground),
        "recipient_agency": d.recipient_agency,
        "reasons": list(d.reason_codes),
        "withheld": sorted({r.category.value for r in ev.redactions}),
    }


@dataclass
class ReplaySummary:
    policy_version: str
    records: int = 0
    errors: int = 0
    by_decision: Counter[str] = field(default_factory=Counter)
    by_reason: Counter[str] = field(default_factory=Counter)
    by_withheld_category: Counter[str] = field(default_factory=Counter)
    allowed_with_withholding: int = 0

    def add(self, rec: dict[str, Any]) -> None:
        self.records += 1
        if "error" in rec:
            self.errors += 1
            return
        self.by_decision[rec["decision"]] += 1
        self.by_reason.update(rec["reasons"])
        self.by_withheld_category.update(rec["withheld"])
        if rec["decision"] == "allow" and rec["withheld"]:
            self.allowed_with_withholding += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "policy_version": self.policy_version,
            "records": self.records,
            "errors": self.errors,
            "by_decision": dict(sorted(self.by_decision.items())),
            "by_reason": dict(self.by_reason.most_common()),
            "by_withheld_category": dict(self.by_withheld_category.most_common()),
            "allowed_with_withholding": self.allowed_with_withholding,
        }


def replay(gate: Gate, items: Iterable[tuple[int, Any]]) -> Iterator[dict[str, Any]]:
    for index, item in items:
        yield replay_one(gate, index, item)


def replay_text(gate: Gate, text: str, fmt: str) -> tuple[list[dict[str, Any]], ReplaySummary]:
    """Convenience for tests and small files: all records and the summary."""
    summary = ReplaySummary(gate.version)
    out = []
    for rec in replay(gate, read_records(io.StringIO(text), fmt)):
        summary.add(rec)
        out.append(rec)
    return out, summary


def summary_tables(summary: ReplaySummary) -> list[Any]:
    """Rich tables of the summary (imported lazily: the service does not need rich)."""
    from rich.table import Table

    tables: list[Any] = []
    t = Table(title=f"Replay under policy {summary.policy_version[:12]}: {summary.records} records")
    t.add_column("decision")
    t.add_column("records", justify="right")
    for k, v in sorted(summary.by_decision.items()):
        t.add_row(k, str(v))
    t.add_row("error (unreadable)", str(summary.errors))
    t.add_row("allowed, with withholding", str(summary.allowed_with_withholding))
    tables.append(t)
    for title, counter in (("reason code", summary.by_reason), ("withheld category", summary.by_withheld_category)):
        tt = Table(title=f"by {title}")
        tt.add_column(title)
        tt.add_column("records", justify="right")
        for k, v in counter.most_common():
            tt.add_row(k, str(v))
        tables.append(tt)
    return tables
