"""The oversight board's reading of a request: everything, pseudonymised (RULES.md section 6).

Pure: a stored request view in, the board's view out. The student's id becomes the keyed
pseudonym the audit log already carries; names and the date of birth become a fixed marker; and
the student's name and id, wherever they recur in free text of the police copy or the decline
reason, become the same markers. What remains (grade, age, school, the incident facts, what was
withheld) is what the board oversees. Offsets in ``redactions`` still count in the police copy
as released, not in this rewritten text.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from gatekeeper.redact import normalize_key

PSEUDONYMISED = "[PSEUDONYMISED]"
STUDENT = "[STUDENT]"

# Canonical released student fields (policies/redaction/fields.yaml) that identify the student.
_NAME_FIELDS = frozenset({"name", "first_name", "middle_name", "last_name", "full_name", "student_name", "legal_name"})
_DROPPED_FIELDS = _NAME_FIELDS | {"date_of_birth"}
_ID_FIELD = "student_id"
# Free-text places in the police copy; "incident.location" and "school" are kept but still
# cleared of the student's name.
_TEXT_PATHS = (("threat_statement",), ("incident", "description"), ("incident", "location"))
# Name parts shorter than this are not replaced on their own ("Al" would eat "Al-" in words).
_MIN_PART = 3
_RUN = re.compile(re.escape(STUDENT) + r"(?:[\s,]+" + re.escape(STUDENT) + ")+")


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v)


def _identifiers(student: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(names and name parts, ids) of the student, longest first."""
    names: set[str] = set()
    ids: set[str] = set()
    for k, v in student.items():
        key = normalize_key(str(k))
        if key in _NAME_FIELDS:
            parts = [x.strip() for x in _strings(v) if x.strip()]
            if isinstance(v, Mapping) and parts:
                names.add(" ".join(parts))
            for x in parts:
                names.add(x)
                names.update(p for p in re.split(r"[\s,\-]+", x) if len(p) >= _MIN_PART)
        elif key == _ID_FIELD and isinstance(v, str | int) and str(v).strip():
            ids.add(str(v).strip())
    return sorted(names, key=len, reverse=True), sorted(ids, key=len, reverse=True)


def _replace(text: str, names: list[str], ids: list[str], pseudonym: str | None) -> str:
    for sid in ids:
        text = re.sub(rf"(?<!\w){re.escape(sid)}(?!\w)", pseudonym or PSEUDONYMISED, text, flags=re.IGNORECASE)
    for n in names:
        text = re.sub(rf"(?<!\w){re.escape(n)}(?!\w)", STUDENT, text, flags=re.IGNORECASE)
    # "Ann Lee" written with parts out of order or apart from the full name: one marker.
    return _RUN.sub(STUDENT, text)


def scrub_text(text: str, student: Mapping[str, Any], pseudonym: str | None) -> str:
    """Free text written about a request (a decline reason) with the student's name and id
    replaced: once the report is destroyed nothing else would tell the board's view what to hide."""
    names, ids = _identifiers(student)
    return _replace(text, names, ids, pseudonym) if names or ids else text


def board_view(view: Mapping[str, Any], pseudonym: str | None) -> dict[str, Any]:
    """The board's copy of one request view (get_request / list_requests shape)."""
    out: dict[str, Any] = copy.deepcopy(dict(view))
    report = out.get("report")
    names: list[str] = []
    ids: list[str] = []
    if isinstance(report, dict):
        student = report.get("student")
        if isinstance(student, dict):
            names, ids = _identifiers(student)
            pseudo_student: dict[str, Any] = {}
            for k, v in student.items():
                key = normalize_key(str(k))
                if key == _ID_FIELD:
                    pseudo_student[k] = pseudonym or PSEUDONYMISED
                elif key in _DROPPED_FIELDS:
                    pseudo_student[k] = PSEUDONYMISED
                elif isinstance(v, str):
                    pseudo_student[k] = _replace(v, names, ids, pseudonym)
                else:
                    pseudo_student[k] = v
            report["student"] = pseudo_student
        for path in _TEXT_PATHS:
            parent: Any = report
            for part in path[:-1]:
                parent = parent.get(part) if isinstance(parent, dict) else None
            if isinstance(parent, dict) and isinstance(parent.get(path[-1]), str):
                parent[path[-1]] = _replace(parent[path[-1]], names, ids, pseudonym)
    if isinstance(out.get("decline_reason"), str) and (names or ids):
        out["decline_reason"] = _replace(out["decline_reason"], names, ids, pseudonym)
    out["student_pseudonym"] = pseudonym
    return out
