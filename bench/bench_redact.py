"""Timing of the redactor: scan of a ~230-char narrative and redact_request on corpus requests.

Run: .venv/bin/python bench/bench_redact.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from gatekeeper.core.request import SubmitRequest
from gatekeeper.redact import Redactor

ROOT = Path(__file__).resolve().parents[1]


def per_call(fn, n: int, repeats: int = 7) -> float:  # type: ignore[no-untyped-def]
    """Best of `repeats` runs of n calls, in microseconds per call (the machine is shared)."""
    for _ in range(min(n, 2000)):
        fn()
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t) / n * 1e6)
    return best


def main() -> None:
    r = Redactor.load(ROOT / "policies")
    narrative = (
        "During a bag check on the second floor the student was found with a folding knife and "
        "a small bag of fentanyl. The student lives in Hyde Park, speaks Spanish at home and is "
        "undocumented. Staff believe he is a member of the Castlegate gang."
    )
    clean = (
        "During a bag check on the second floor the student was found with a folding knife and "
        "a small bag of fentanyl. Staff called the school police officer and the nurse checked "
        "the other student for injuries; nobody was hurt. Parents were notified."
    )
    cases = [
        json.loads(line)
        for line in (ROOT / "tests/data/corpus/public.jsonl").read_text().splitlines()
        if line.strip()
    ]
    reqs = [SubmitRequest.model_validate(c["request"]) for c in cases]
    dirty_us = per_call(lambda: r.scan(narrative), 5000)
    clean_us = per_call(lambda: r.scan(clean), 5000)
    print(f"narrative {len(narrative)} chars, with 4 findings: {dirty_us:.1f} us/scan")
    print(f"narrative {len(clean)} chars, clean:           {clean_us:.1f} us/scan")
    i = 0

    def one() -> None:
        nonlocal i
        r.redact_request(reqs[i % len(reqs)], "notice")
        i += 1

    req_us = per_call(one, 5000)
    print(f"redact_request, corpus mix:             {req_us:.1f} us/request")
    out = {
        "bench": "redact",
        "scan_us_narrative_with_findings": round(dirty_us, 1),
        "scan_us_clean_narrative": round(clean_us, 1),
        "redact_request_us_public_mix": round(req_us, 1),
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
