"""The offline verifier page beside `verify-export`, on the same export file.

Writes an N-entry export (default 1,000,000, a checkpoint every 1,000 entries), then times
`python -m audit verify-export` on it and the page in Debian's chromium (Playwright), and records
the longest stall of the page's main thread while it verifies (a 50 ms timer's worst lateness),
which is what a board member would feel as freezing. The machine is shared: run the full size once.

    .venv/bin/python bench/bench_verifier_page.py [--entries N] [--every K] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.checkpoint import Checkpoint, sign_checkpoint
from audit.entry import entry_leaf_data
from audit.export import checkpoint_line, entry_line, header_line
from audit.merkle import leaf_hash
from audit.note import generate_signer
from audit.tree import MemoryNodeStore, append
from audit.verifier_page import write_page
from bench.bench_audit import ORIGIN, make_entry

CHROMIUM = "/usr/bin/chromium"


def write_export(path: Path, n: int, every: int) -> str:
    signer = generate_signer(ORIGIN)
    store = MemoryNodeStore()
    notes: list[str] = []
    size = 0
    batch: list[bytes] = []
    with path.open("w", encoding="utf-8") as f:
        f.write(header_line(ORIGIN, n) + "\n")
        for i in range(n):
            entry = make_entry(i)
            f.write(entry_line(i, entry) + "\n")
            batch.append(leaf_hash(entry_leaf_data(entry)))
            if len(batch) == every or i == n - 1:
                nodes, root = append(size, batch, store)
                store.put(nodes)
                size += len(batch)
                batch = []
                notes.append(sign_checkpoint(Checkpoint(ORIGIN, size, root), signer))
        for note in notes:
            f.write(checkpoint_line(note) + "\n")
    return signer.vkey


def time_cli(path: Path, vkey: str) -> dict[str, Any]:
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "audit", "verify-export", str(path), "--public-key", vkey, "--quiet"],
                       capture_output=True, text=True)
    return {"verify_export_s": round(time.perf_counter() - t0, 2), "verify_export_ok": r.returncode == 0}


def time_page(page_file: Path, path: Path, vkey: str) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                               args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = b.new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            page.fill("#vkey", vkey)
            # Worst lateness of a 50 ms timer while the page works: how long it ever stops responding.
            page.evaluate("""() => { window.__worst = 0; let last = performance.now();
                setInterval(() => { const now = performance.now();
                  window.__worst = Math.max(window.__worst, now - last - 50); last = now; }, 50); }""")
            t0 = time.perf_counter()
            page.set_input_files("#export", str(path))
            page.wait_for_function("() => /^(verified|failed)/.test(document.getElementById('result').textContent)",
                                   timeout=3_600_000, polling=500)
            wall = time.perf_counter() - t0
            text = page.inner_text("#result")
            return {
                "page_s": round(wall, 2),
                "page_reported_s": float(page.get_attribute("#result", "data-seconds") or "nan"),
                "page_ok": text.startswith("verified"),
                "page_longest_stall_ms": round(float(page.evaluate("window.__worst")), 1),
                "page_requests_beyond_itself": [u for u in requests if u != page_file.as_uri()],
            }
        finally:
            b.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--every", type=int, default=1000, help="entries between signed checkpoints")
    parser.add_argument("--keep", type=Path, help="write the export and page here instead of a temp dir")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = args.keep or Path(tmp)
        d.mkdir(parents=True, exist_ok=True)
        path, page_file = d / "export.jsonl", d / "verify.html"
        t0 = time.perf_counter()
        vkey = write_export(path, args.entries, args.every)
        write_page(page_file)
        results: dict[str, Any] = {
            "bench": "verifier_page", "entries": args.entries, "checkpoints": -(-args.entries // args.every),
            "export_mb": round(path.stat().st_size / 1e6, 1), "build_s": round(time.perf_counter() - t0, 1),
        }
        results.update(time_cli(path, vkey))
        results.update(time_page(page_file, path, vkey))
        results["page_vs_verify_export"] = round(results["page_s"] / results["verify_export_s"], 2)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
