"""Scoring as ../shared/tools/score_corpus.py scores a labelled corpus, kept here so a clone
needs nothing outside it; used in-process (tests/corpus) and through real HTTP (tests/api)."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

# Words that would tell police which category was withheld.
LABELS = ["redacted:", "immigration_status", "national_origin", "gang_affiliation", "face_surveillance", '"category"']


# Words next to a [WITHHELD] marker that tell police what kind of thing was there ("born in
# [WITHHELD]", "a [WITHHELD] interpreter"): each such marker is residue. The same expression as the
# shared scorer's.
_BEFORE = (
    r"born(?: in)?|(?:came|moved|arrived|fled|immigrated|emigrated)(?: over)?(?: here)?(?: from| to)?|from|"
    r"newly arrived|native of|citizen of|(?:who|he|she|they|family|parents?|mom|mother|dad|father) (?:is|are|was|were)|"
    r"speaks?|spoke|speaking|spoken|language is|(?:lives?|living|resides?|residing|stays?|staying)"
    r"(?: in| on| at| near| off| by| with)?|"
    r"address is|member of|affiliated with|associated with|claims|repping|reps|attends|goes to|interpreter for|"
    r"translat\w*(?: from| to)?|status is|status"
)
_AFTER = (
    r"interpreter|translator|speaker|speaking|family|families|immigrant|descent|heritage|origin|church|mosque|temple|"
    r"synagogue|congregation|gang|crew|set|member|members|national|background|community|household|student|kid|boy|girl"
)
RESIDUE = re.compile(rf"\b(?:{_BEFORE})\s+(?:the |a |an )?\[WITHHELD\]|\[WITHHELD\]\s+(?:{_AFTER})\b", re.I)


def fold(x: str) -> str:
    """As the shared scorer compares: Unicode NFKC, then lower case."""
    return unicodedata.normalize("NFKC", x).lower()


def residue(report: dict[str, Any]) -> tuple[int, list[str]]:
    """Markers in the police copy's free text, and those whose neighbours say what was withheld."""
    inc = report.get("incident") or {}
    markers = 0
    found: list[str] = []
    for t in (inc.get("description"), inc.get("location"), report.get("threat_statement")):
        if isinstance(t, str):
            markers += t.count("[WITHHELD]")
            found += [m.group(0) for m in RESIDUE.finditer(t)]
    return markers, found


def score_responses(cases: list[dict[str, Any]], texts: list[str]) -> dict[str, Any]:
    """``texts``: the response body for each case, in order."""
    acc = leaks = util_ok = util_n = cat_hit = cat_n = markers = resid = 0
    failures: list[tuple[Any, ...]] = []
    for c, text in zip(cases, texts, strict=True):
        e = c["expect"]
        d = json.loads(text)
        low = fold(text) + "\n" + fold(json.dumps(d, ensure_ascii=False))
        leaked = [s for s in e["must_not_contain"] if fold(s) in low]
        if leaked:
            leaks += 1
            failures.append((c["id"], "leak", leaked))
        m, found = residue(d.get("report") or {})
        markers += m
        if found:
            resid += len(found)
            failures.append((c["id"], "residue", found[:3]))
        if d.get("decision") == e["decision"]:
            acc += 1
        else:
            failures.append((c["id"], "decision", d.get("decision"), e["decision"], [r["code"] for r in d["reasons"]]))
        if e["decision"] == "allow" and d.get("decision") == "allow":
            util_n += 1
            rep = fold(json.dumps(d.get("report") or {}, ensure_ascii=False))
            labels = [w for w in LABELS if w in rep]
            if labels:
                leaks += 1
                failures.append((c["id"], "category label in police copy", labels))
            desc = fold(((d.get("report") or {}).get("incident") or {}).get("description") or "")
            missing = [s for s in e["must_contain"] if fold(s) not in rep]
            missing += [s for s in e.get("must_contain_text", []) if fold(s) not in desc]
            if missing:
                failures.append((c["id"], "over-redacted", missing))
            else:
                util_ok += 1
            got = {r.get("category") for r in d.get("redactions", [])}
            for cat in e["categories"]:
                cat_n += 1
                cat_hit += cat in got
    n = len(cases)
    return {
        "cases": n,
        "accuracy": acc / n if n else 0.0,
        "leaks": leaks,
        "utility": util_ok / util_n if util_n else 1.0,
        "category_recall": cat_hit / cat_n if cat_n else 1.0,
        "markers": markers,
        "residue": resid,
        "failures": failures,
    }
