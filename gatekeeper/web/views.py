"""Pure helpers for the pages: form parsing, report views with withheld markers, CSV rows.

Nothing here touches the database; routes.py calls the service layer and these shape the result.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from gatekeeper.core.request import boston_rfc3339
from gatekeeper.errors import InvalidRequest

MARKER = "[WITHHELD]"

# Order and labels of a report's top-level fields on every page that shows one.
_REPORT_FIELDS: tuple[tuple[str, str], ...] = (
    ("school_id", "School"),
    ("recipient", "Recipient"),
    ("ground", "Ground"),
    ("substances", "Substances"),
    ("weapon", "Weapon"),
    ("threat_statement", "Threat statement"),
    ("incident.occurred_at", "Incident date and time"),
    ("incident.location", "Incident location"),
    ("incident.description", "Incident description"),
)

ALLOWED_GROUNDS = ("serious_violence", "credible_threat", "weapon", "drugs")


@dataclass(frozen=True)
class Seg:
    """A piece of displayed text: plain, or a withheld marker (with its category for staff)."""

    text: str
    marker: bool = False
    category: str | None = None


@dataclass
class FieldView:
    path: str
    label: str
    segs: list[Seg]
    # When markers and recorded spans do not line up one to one, the categories are listed here.
    unmatched: list[str] = field(default_factory=list)


@dataclass
class ReportView:
    fields: list[FieldView]
    student: list[FieldView]
    attachments: list[str]
    notice: str
    withheld_fields: list[dict[str, Any]]
    withheld_spans: list[dict[str, Any]]


def _get_path(obj: Mapping[str, Any], path: str) -> Any:
    cur: Any = obj
    for part in path.split("."):
        if not isinstance(cur, Mapping) or part not in cur:
            return None
        cur = cur[part]
    return cur


def _display(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(_display(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _segments(text: str, categories: list[str] | None) -> tuple[list[Seg], list[str]]:
    """Split text at each marker. With ``categories`` (staff views) each marker is labelled with
    its category, in order, when the counts agree; otherwise the categories are returned apart."""
    parts = text.split(MARKER)
    n_markers = len(parts) - 1
    cats = categories or []
    labelled = categories is not None and len(cats) == n_markers
    segs: list[Seg] = []
    for i, part in enumerate(parts):
        if part:
            segs.append(Seg(part))
        if i < n_markers:
            segs.append(Seg(MARKER, marker=True, category=cats[i] if labelled else None))
    unmatched = [] if labelled or categories is None else list(cats)
    return segs, unmatched


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


def readable_date(value: str) -> str:
    """An ISO date or date-time as people read it ("2 March 2026, 10:15 (UTC-05:00)"), in the
    time zone it was written in; anything else unchanged."""
    text = value.strip()
    try:
        if _ISO_DATE.fullmatch(text):
            d = date.fromisoformat(text)
            return f"{d.day} {d.strftime('%B %Y')}"
        if _ISO_DATETIME.fullmatch(text):
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
            out = f"{dt.day} {dt.strftime('%B %Y, %H:%M')}"
            if dt.tzinfo is not None:
                off = dt.strftime("%z")
                out += " (UTC)" if off == "+0000" else f" (UTC{off[:3]}:{off[3:]})"
            return out
    except ValueError:
        return value
    return value


def paragraphs(text: str) -> list[str]:
    """Text split at blank lines, each paragraph's line breaks joined: a notice written for
    a fixed width reflows on a narrow screen and on paper."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def report_view(report: Mapping[str, Any], redactions: Iterable[Mapping[str, Any]] | None) -> ReportView:
    """The police copy as a list of fields. ``redactions`` is None for police (no categories
    anywhere); for staff it is the stored decision's redactions, matched to the markers."""
    spans: dict[str, list[Mapping[str, Any]]] = {}
    withheld_fields: list[dict[str, Any]] = []
    withheld_spans: list[dict[str, Any]] = []
    annotate = redactions is not None
    for r in redactions or ():
        if r.get("start") is not None:
            spans.setdefault(str(r.get("path")), []).append(r)
            withheld_spans.append(dict(r))
        else:
            withheld_fields.append({"path": r.get("path"), "category": r.get("category")})
    for lst in spans.values():
        lst.sort(key=lambda x: int(x.get("start") or 0))

    def field_for(path: str, label: str, value: Any) -> FieldView:
        # one withheld statement may name several categories: one label per marker
        cats: list[str] | None = None
        if annotate:
            by_region: dict[tuple[Any, Any], list[str]] = {}
            for x in spans.get(path, []):
                by_region.setdefault((x.get("start"), x.get("end")), []).append(str(x.get("category")))
            cats = [", ".join(c) for c in by_region.values()]
        if isinstance(value, str) and not spans.get(path):
            value = readable_date(value)  # never where a withheld span's offsets point into it
        if isinstance(value, str):
            segs, unmatched = _segments(value, cats)
            if not segs:
                segs = [Seg("—")]
            return FieldView(path, label, segs, unmatched)
        return FieldView(path, label, [Seg(_display(value))], cats or [])

    fields = [field_for(p, label, _get_path(report, p)) for p, label in _REPORT_FIELDS]
    student_obj = report.get("student")
    student: list[FieldView] = []
    if isinstance(student_obj, Mapping):
        for k, v in student_obj.items():
            student.append(field_for(f"student.{k}", str(k).replace("_", " "), v))
    attachments: list[str] = []
    raw_att = report.get("attachments")
    if isinstance(raw_att, list):
        for a in raw_att:
            if isinstance(a, Mapping):
                attachments.append(" ".join(str(x) for x in (a.get("kind"), a.get("name")) if x))
    # Span paths that are not among the displayed fields still show their categories.
    shown = {f.path for f in fields} | {f.path for f in student}
    for path, lst in spans.items():
        if path not in shown and annotate:
            fields.append(FieldView(path, path, [Seg("—")], [str(x.get("category")) for x in lst]))
    return ReportView(
        fields=fields,
        student=student,
        attachments=attachments,
        notice=str(report.get("notice") or ""),
        withheld_fields=withheld_fields,
        withheld_spans=withheld_spans,
    )


# -- the submission form ------------------------------------------------------------------------


def _clean(form: Mapping[str, Any], name: str) -> str:
    v = form.get(name)
    return v.strip() if isinstance(v, str) else ""


def _scalar(value: str) -> Any:
    if value.isdigit() and len(value) < 10:
        return int(value)
    return value


def parse_other_fields(text: str) -> dict[str, Any]:
    """``key: value`` lines into a dict. A line without a colon is an error, never dropped."""
    out: dict[str, Any] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise InvalidRequest(f"other student fields, line {n}: write each field as 'name: value'")
        out[key.strip()] = _scalar(value.strip())
    return out


def form_to_request(form: Mapping[str, Any]) -> dict[str, Any]:
    """The submission form as a request body in the contract's shape (CONTRACT.md)."""
    body: dict[str, Any] = {}
    rid = _clean(form, "request_id")
    if rid:
        body["request_id"] = rid
    body["school_id"] = _clean(form, "school_id")
    body["recipient"] = _clean(form, "recipient")
    ground = _clean(form, "ground")
    if ground == "other" or not ground:
        ground = _clean(form, "ground_other")
    body["ground"] = ground
    subs = [s.strip() for s in _clean(form, "substances").replace("\n", ",").split(",") if s.strip()]
    if subs:
        body["substances"] = subs
    for name in ("weapon", "threat_statement"):
        v = _clean(form, name)
        if v:
            body[name] = v
    incident: dict[str, Any] = {}
    for name, key in (("occurred_at", "occurred_at"), ("location", "location"), ("description", "description")):
        v = _clean(form, f"incident_{name}")
        if v:
            incident[key] = boston_rfc3339(v) if name == "occurred_at" else v
    if incident:
        body["incident"] = incident
    student: dict[str, Any] = {}
    for name in ("student_id", "name", "date_of_birth", "grade", "school"):
        v = _clean(form, f"student_{name}")
        if v:
            student[name] = _scalar(v) if name == "grade" else v
    other = parse_other_fields(_clean(form, "student_other"))
    for k, v in other.items():
        student.setdefault(k, v)
    body["student"] = student
    kind = _clean(form, "attachment_kind")
    if kind and kind != "none":
        att: dict[str, Any] = {"kind": kind}
        name = _clean(form, "attachment_name")
        if name:
            att["name"] = name
        body["attachments"] = [att]
    return body


# -- statistics as rows -------------------------------------------------------------------------


def stats_rows(stats: Mapping[str, Any]) -> list[tuple[str, str, str, str]]:
    """(section, key, count, suppressed) for the CSV export; a suppressed count is empty."""
    rows: list[tuple[str, str, str, str]] = []
    total = stats.get("total")
    rows.append(("total", "all", "" if total is None else str(total), "true" if total is None else "false"))
    for section, items in (stats.get("by") or {}).items():
        for it in items:
            rows.append(_row(f"by_{section}", it))
    for it in stats.get("by_month_ground_decision") or []:
        rows.append(_row("by_month_ground_decision", it))
    for dim, items in (stats.get("demographics") or {}).items():
        for it in items:
            rows.append(_row(f"demographics_{dim}", it))
    return rows


def _row(section: str, it: Mapping[str, Any]) -> tuple[str, str, str, str]:
    c = it.get("count")
    return (section, str(it.get("key")), "" if c is None else str(c), "true" if it.get("suppressed") else "false")


def to_csv(stats: Mapping[str, Any]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["section", "key", "count", "suppressed"])
    w.writerow(["period_from", str(stats.get("from") or ""), "", ""])
    w.writerow(["period_to", str(stats.get("to") or ""), "", ""])
    w.writerow(["suppress_below", str(stats.get("suppress_below") or ""), "", ""])
    for r in stats_rows(stats):
        # Keys are codes we stored; still, a leading formula character must not run in a sheet.
        w.writerow([_cell(x) for x in r])
    return buf.getvalue()


def _cell(v: str) -> str:
    return "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v


def items(stats: Mapping[str, Any], section: str) -> list[tuple[str, int | None]]:
    return [(str(x["key"]), x.get("count")) for x in (stats.get("by") or {}).get(section, [])]


def month_ground_items(stats: Mapping[str, Any]) -> list[tuple[str, str, int | None]]:
    out: list[tuple[str, str, int | None]] = []
    for x in stats.get("by_month_ground_decision") or []:
        month, _, rest = str(x["key"]).partition("|")
        ground = rest.partition("|")[0]
        out.append((month, ground, x.get("count")))
    return out

