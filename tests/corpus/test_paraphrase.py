"""Score the labelled corpora in-process, with the same rules as the shared scorer
(/work/shared/tools/score_corpus.py): no forbidden value anywhere in the response, decision
accuracy >= 0.98, utility >= 0.95 (allowed reports keep the student, the school and the facts),
and no category label in the police copy."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from gatekeeper.core.engine import Gate
from gatekeeper.offline import decision_json
from gatekeeper.service.requests import parse_request

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ["public.jsonl", "paraphrase.jsonl", "redteam.jsonl", "redteam3.jsonl", "redteam4.jsonl", "redteam5.jsonl",
           "sweep.jsonl", "emulated.jsonl", "emulated2.jsonl", "rephrased.jsonl"]
LABELS = ["redacted:", "immigration_status", "national_origin", "gang_affiliation", "face_surveillance", '"category"']
MIN_ACC = 0.98
MIN_UTIL = 0.95


@lru_cache(maxsize=1)
def gate() -> Gate:
    return Gate.load(ROOT / "policies")


def load(name: str) -> list[dict[str, Any]]:
    path = ROOT / "tests" / "data" / "corpus" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def respond(raw: dict[str, Any]) -> str:
    g = gate()
    req = parse_request(raw, g)
    ev = g.evaluate(req)
    ground = ev.decision.ground or g.safe_label(req.ground)
    return json.dumps(decision_json(req.request_id, ev, ground), ensure_ascii=False)


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    acc = leaks = util_ok = util_n = cat_hit = cat_n = 0
    failures: list[tuple[Any, ...]] = []
    for c in cases:
        e = c["expect"]
        text = respond(c["request"])
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


@pytest.mark.parametrize("name", CORPORA)
def test_corpus_scores(name: str) -> None:
    s = score(load(name))
    summary = {k: v for k, v in s.items() if k != "failures"}
    assert s["leaks"] == 0, (summary, s["failures"])
    assert s["accuracy"] >= MIN_ACC, (summary, s["failures"])
    assert s["utility"] >= MIN_UTIL, (summary, s["failures"])


def test_paraphrase_corpus_is_large_and_new() -> None:
    para = load("paraphrase.jsonl")
    assert len(para) >= 150
    ids = [c["id"] for c in para]
    assert len(set(ids)) == len(ids)
    public_texts = {c["request"]["incident"]["description"] for c in load("public.jsonl")}
    assert not any(c["request"]["incident"]["description"] in public_texts for c in para)



def test_rephrased_corpus_is_large_and_new() -> None:
    reph = load("rephrased.jsonl")
    assert len(reph) >= 400
    ids = [c["id"] for c in reph]
    assert len(set(ids)) == len(ids)
    public_texts = {c["request"]["incident"]["description"] for c in load("public.jsonl")}
    assert not any(c["request"]["incident"]["description"] in public_texts for c in reph)

if __name__ == "__main__":  # pragma: no cover - a quick report: python -m tests.corpus.test_paraphrase
    import sys

    for nm in sys.argv[1:] or CORPORA:
        r = score(load(nm))
        for f in r["failures"]:
            print("  ", *f)
        print(nm, {k: v for k, v in r.items() if k != "failures"})
