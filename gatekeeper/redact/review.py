"""What the approver needs beside the withheld spans: what the detector kept but could not vet
(doubts), and a further span withheld by hand before release.

Pure: works on a police copy (a ``ReleasedReport`` or its dict) and returns offsets into it, never
values for the log."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Letters of scripts other than Latin, kept in the police copy.
_OTHER_SCRIPT = re.compile(
    r"[^\s,.;:!?\"()]*[\u0370-\u1dff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe70-\ufeff][^\s,.;:!?\"()]*"
)
# A capitalised name right after a word that often introduces an origin, a residence, a faith or an
# affiliation: the lexicons did not know it, the approver should look.
_CUE_NAME = re.compile(
    r"\b(?:from|in|on|at|near|off|with|of|to|speaks?|spoke|attends?|attended|joined|reps?|repping|"
    r"claims?|member|lives?|living|stays?|staying|moved|raised|born)\s+"
    r"(?P<w>(?:[A-Z][\w'\u2019-]+)(?:\s+(?:[A-Z][\w'\u2019-]+|de|del|da|do|la|le|al|el)){0,3})"
)
# A house number and a capitalised word ("14 Lucerne"), or a five-digit number (a ZIP code).
# (not the minutes of a time, "1:05 Kendrick", nor a 24-hour stamp, "1305 hrs")
_ADDRESS_NUMBER = re.compile(
    r"(?<![:.\d])\b\d{1,5}[A-Za-z]?\s+(?!hrs?\b|Hrs?\b|HRS?\b)(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+\b|\b0\d{4}\b|\b\d{5}(?:-\d{4})?\b"
)
_COMMON_CAPITALISED = frozenset(
    """I The A An He She They We It His Her Their Our My Mom Dad Mother Father Grandmother
    Grandfather Aunt Uncle Ms Mr Mrs Dr AP SSS EMS BPD Room School High Academy Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December AM PM Police Officer Nurse Principal Dean Coach Teacher
    Counselor Staff Period Grade""".split()  # noqa: SIM905
)
_MARKER = "[WITHHELD]"
_JOIN = re.compile(r"\[WITHHELD\](?:[\s,;:.\-\u2013\u2014]*\[WITHHELD\])+")


@dataclass(frozen=True, slots=True)
class Doubt:
    """A span the detector kept but could not vet: ``kind`` is ``other_script``,
    ``unknown_name_after_cue`` or ``number_may_be_address``."""

    path: str
    kind: str
    start: int
    end: int


class WithholdError(ValueError):
    """A further withholding names no free-text field of the copy, or offsets outside it."""


def free_text(body: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Every free-text value of a police copy, with its path (the paths the redactor scans)."""
    out: list[tuple[str, str]] = []
    for key in ("school_id", "recipient", "ground", "weapon", "threat_statement"):
        v = body.get(key)
        if isinstance(v, str):
            out.append((key, v))
    inc = body.get("incident")
    if isinstance(inc, Mapping):
        for key in ("location", "description"):
            v = inc.get(key)
            if isinstance(v, str):
                out.append((f"incident.{key}", v))
    subs = body.get("substances")
    if isinstance(subs, list):
        out.extend((f"substances[{i}]", v) for i, v in enumerate(subs) if isinstance(v, str))
    atts = body.get("attachments")
    if isinstance(atts, list):
        for i, a in enumerate(atts):
            if isinstance(a, Mapping):
                for key in ("kind", "name"):
                    v = a.get(key)
                    if isinstance(v, str):
                        out.append((f"attachments[{i}].{key}", v))
    return out


def doubts(body: Mapping[str, Any], names: tuple[str, ...] = ()) -> list[Doubt]:
    """What the approver should look at in a police copy before release."""
    out: list[Doubt] = []
    name_words = {w for n in names for w in n.split()}
    for path, text in free_text(body):
        for m in _OTHER_SCRIPT.finditer(text):
            if m.group(0) != _MARKER:
                out.append(Doubt(path, "other_script", *m.span()))
        for m in _CUE_NAME.finditer(text):
            words = m.group("w").split()
            if all(w in _COMMON_CAPITALISED or w in name_words or w.isupper() for w in words):
                continue
            if m.group("w") == "WITHHELD":
                continue
            out.append(Doubt(path, "unknown_name_after_cue", *m.span("w")))
        for m in _ADDRESS_NUMBER.finditer(text):
            out.append(Doubt(path, "number_may_be_address", *m.span()))
    out.sort(key=lambda d: (d.path, d.start))
    return out


def replace_span(body: dict[str, Any], path: str, start: int, end: int) -> str:
    """Withhold ``[start, end)`` of the free-text field at ``path`` in ``body`` (in place), widened
    to whole words, neighbouring markers joined; returns the new text."""
    texts = dict(free_text(body))
    if path not in texts:
        raise WithholdError(f"no free-text field {path!r} in the police copy")
    text = texts[path]
    if not (0 <= start < end <= len(text)):
        raise WithholdError(f"offsets must satisfy 0 <= start < end <= {len(text)}")
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    new = _JOIN.sub(_MARKER, text[:start] + _MARKER + text[end:])
    set_text(body, path, new)
    return new


def set_text(body: dict[str, Any], path: str, value: str) -> None:
    m = re.fullmatch(r"(substances|attachments)\[(\d+)\](?:\.(kind|name))?", path)
    if m:
        seq = body[m.group(1)]
        i = int(m.group(2))
        if m.group(3):
            seq[i][m.group(3)] = value
        else:
            seq[i] = value
    elif path.startswith("incident."):
        body["incident"][path.split(".", 1)[1]] = value
    else:
        body[path] = value
