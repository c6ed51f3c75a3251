"""Scoring as ../shared/tools/score_corpus.py scores a labelled corpus, kept here so a clone
needs nothing outside it; used in-process (tests/corpus) and through real HTTP (tests/api)."""

from __future__ import annotations

import json
from typing import Any

# Words that would tell police which category was withheld.
LABELS = ["redacted:", "immigration_status", "national_origin", "gang_affiliation", "face_surveillance", '"category"']


def score_responses(cases: list[dict[str, Any]], texts: list[str]) -> dict[str, Any]:
    """``texts``: the response body for each case, in order."""
    acc = leaks = util_ok = util_n = cat_hit = cat_n = 0
    failures: list[tuple[Any, ...]] = []
    for c, text in zip(cases, texts, strict=True):
        e = c["expect"]
        low = text.lower()
        leaked = [s for s in e["must_not_contain"] if s.lower() in low]
        if leaked:
            leaks += 1
            failures.append((c["id"], "leak", leaked))
        d = json.loads(text)
        if d.get("decision") == e["decision"]:
            acc += 1
        else:
            failures.append((c["id"], "decision", d.get("decision"), e["decision"], [r["code"] for r in d["reasons"]]))
        if e["decision"] == "allow" and d.get("decision") == "allow":
            util_n += 1
            rep = json.dumps(d.get("report") or {}).lower()
            labels = [w for w in LABELS if w in rep]
            if labels:
                leaks += 1
                failures.append((c["id"], "category label in police copy", labels))
            desc = json.dumps(((d.get("report") or {}).get("incident") or {}).get("description", "")).lower()
            missing = [s for s in e["must_contain"] if s.lower() not in rep]
            missing += [s for s in e.get("must_contain_text", []) if s.lower() not in desc]
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
        "failures": failures,
    }
