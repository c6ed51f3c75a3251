from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from audit.checkpoint import Checkpoint, sign_checkpoint
from audit.entry import entry_leaf_data
from audit.export import checkpoint_line, export_lines
from audit.merkle import leaf_hash
from audit.note import Signer, generate_signer
from audit.tree import MemoryNodeStore, append, consistency_proof_at, root_at
from audit.verify import check_fork, verify_checkpoint_consistency, verify_export

ORIGIN = "gatekeeper.test/audit"
ROOT = Path(__file__).resolve().parents[2]


def make_entry(i: int) -> dict[str, Any]:
    return {
        "event_time": f"2026-03-01T12:{i % 60:02d}:00Z",
        "event_type": "decision" if i % 3 else "opened",
        "actor": {"id": f"u{i}", "role": "principal", "position": "Principal"},
        "request_id": f"req-{i}",
        "released_fields": ["incident.date"],
        "withheld": [{"path": "student.health", "category": "medical"}],
        "details": {"note": "Zoë" if i == 5 else "x"},
    }


class Log:
    def __init__(self, n: int, signer: Signer | None = None) -> None:
        self.signer = signer or generate_signer(ORIGIN)
        self.store = MemoryNodeStore()
        self.entries: list[dict[str, Any]] = []
        self.append(n)

    def append(self, n: int) -> None:
        start = len(self.entries)
        new = [make_entry(i) for i in range(start, start + n)]
        nodes, _ = append(start, [leaf_hash(entry_leaf_data(e)) for e in new], self.store)
        self.store.put(nodes)
        self.entries.extend(new)

    def checkpoint(self, size: int | None = None) -> str:
        size = len(self.entries) if size is None else size
        return sign_checkpoint(Checkpoint(ORIGIN, size, root_at(size, self.store)), self.signer)

    def export(self, sizes: tuple[int, ...] = ()) -> list[str]:
        notes = [self.checkpoint(s) for s in (*sizes, len(self.entries))]
        return list(export_lines(ORIGIN, len(self.entries), self.entries, notes))


@pytest.fixture
def log() -> Log:
    return Log(50)


def test_clean_export_verifies(log: Log) -> None:
    progress: list[tuple[int, int]] = []
    report = verify_export(
        log.export((10, 33)), log.signer.vkey, progress=lambda d, t: progress.append((d, t))
    )
    assert report.ok, report.problems
    assert report.size == 50 and report.first_bad_index is None and report.checkpoints_verified == 3
    assert progress[-1] == (50, 50)


def test_kept_checkpoint_accepted(log: Log) -> None:
    kept = log.checkpoint(20)
    assert verify_export(log.export(), log.signer.vkey, trusted_checkpoint=kept).ok


def test_edited_entry(log: Log) -> None:
    lines = log.export((10, 33))
    obj = json.loads(lines[1 + 17])
    obj["entry"]["actor"]["role"] = "police"
    lines[1 + 17] = json.dumps(obj)
    report = verify_export(lines, log.signer.vkey)
    assert not report.ok
    # 17 lies between the matching checkpoint at 10 and the failing one at 33.
    assert report.first_bad_index == 10
    assert any("[10, 33)" in p for p in report.problems)


def test_reformatted_entry_is_not_tampering(log: Log) -> None:
    lines = log.export()
    obj = json.loads(lines[5])
    lines[5] = json.dumps(
        {"entry": dict(reversed(list(obj["entry"].items()))), "index": 4, "type": "entry"}, indent=1
    ).replace("\n", " ")
    assert verify_export(lines, log.signer.vkey).ok


def test_deleted_entry(log: Log) -> None:
    lines = log.export()
    del lines[1 + 12]
    report = verify_export(lines, log.signer.vkey)
    assert not report.ok and report.first_bad_index == 12


def test_reordered_entries(log: Log) -> None:
    lines = log.export()
    lines[1 + 7], lines[1 + 8] = lines[1 + 8], lines[1 + 7]
    report = verify_export(lines, log.signer.vkey)
    assert not report.ok and report.first_bad_index == 7


def test_reordered_with_renumbering_caught_by_root(log: Log) -> None:
    lines = log.export()
    a, b = json.loads(lines[1 + 7]), json.loads(lines[1 + 8])
    a["index"], b["index"] = 8, 7
    lines[1 + 7], lines[1 + 8] = json.dumps(b), json.dumps(a)
    report = verify_export(lines, log.signer.vkey)
    assert not report.ok and report.first_bad_index == 0


def test_truncated_behind_kept_checkpoint(log: Log) -> None:
    kept = log.checkpoint(50)
    # The operator drops the last 10 entries and re-signs a shorter history.
    short = Log(40, signer=log.signer)
    report = verify_export(short.export(), log.signer.vkey, trusted_checkpoint=kept)
    assert not report.ok and report.first_bad_index == 40
    assert any("TRUNCATED" in p for p in report.problems)


def test_rewritten_behind_kept_checkpoint(log: Log) -> None:
    kept = log.checkpoint(30)
    rewritten = Log(0, signer=log.signer)
    rewritten.entries = [dict(e) for e in log.entries]
    rewritten.entries[3]["decision"] = "deny"
    nodes, _ = append(0, [leaf_hash(entry_leaf_data(e)) for e in rewritten.entries], rewritten.store)
    rewritten.store.put(nodes)
    # Internally consistent and validly re-signed; only the kept checkpoint exposes it.
    assert verify_export(rewritten.export(), log.signer.vkey).ok
    report = verify_export(rewritten.export(), log.signer.vkey, trusted_checkpoint=kept)
    assert not report.ok and any("REWRITTEN" in p for p in report.problems)


def test_fork_two_checkpoints_same_size(log: Log) -> None:
    other = Log(50, signer=log.signer)
    other.entries[49]["event_type"] = "destroyed"
    other.store = MemoryNodeStore()
    nodes, _ = append(0, [leaf_hash(entry_leaf_data(e)) for e in other.entries], other.store)
    other.store.put(nodes)
    lines = [*log.export(), checkpoint_line(other.checkpoint())]
    report = verify_export(lines, log.signer.vkey)
    assert not report.ok and any("FORK" in p for p in report.problems)
    assert check_fork(log.checkpoint(), other.checkpoint(), [], log.signer.vkey)


def test_fork_not_consistent(log: Log) -> None:
    old = log.checkpoint(20)
    honest = consistency_proof_at(20, 50, log.store)
    assert verify_checkpoint_consistency(old, log.checkpoint(), honest, log.signer.vkey)
    assert not check_fork(old, log.checkpoint(), honest, log.signer.vkey)
    forked = Log(50, signer=log.signer)
    forked.entries[5]["decision"] = "release"
    forked.store = MemoryNodeStore()
    nodes, _ = append(0, [leaf_hash(entry_leaf_data(e)) for e in forked.entries], forked.store)
    forked.store.put(nodes)
    proof = consistency_proof_at(20, 50, forked.store)
    assert check_fork(old, forked.checkpoint(), proof, log.signer.vkey)
    assert not verify_checkpoint_consistency(old, forked.checkpoint(), proof, log.signer.vkey)


def test_forged_checkpoint_signature(log: Log) -> None:
    forger = generate_signer(ORIGIN)
    lines = log.export()
    lines[-1] = checkpoint_line(log.checkpoint().split("\n\n")[0] + "\n\n" + forger_line(forger, log))
    report = verify_export(lines, log.signer.vkey)
    assert not report.ok and any("signature" in p for p in report.problems)
    with pytest.raises(ValueError):
        check_fork(
            log.checkpoint(), sign_checkpoint(Checkpoint(ORIGIN, 50, bytes(32)), forger), [], log.signer.vkey
        )


def forger_line(forger: Signer, log: Log) -> str:
    # Same name, different key: a look-alike signature line.
    note = sign_checkpoint(Checkpoint(ORIGIN, 50, root_at(50, log.store)), forger)
    return note.split("\n\n", 1)[1]


def test_tampered_checkpoint_root(log: Log) -> None:
    lines = log.export()
    obj = json.loads(lines[-1])
    obj["note"] = obj["note"].replace("\n50\n", "\n49\n")
    lines[-1] = json.dumps(obj)
    assert not verify_export(lines, log.signer.vkey).ok


def test_uncovered_tail_and_bad_header(log: Log) -> None:
    lines = log.export((30,))
    del lines[-1]
    report = verify_export(lines, log.signer.vkey)
    assert not report.ok and report.first_bad_index == 30
    assert not verify_export(["{}", *lines[1:]], log.signer.vkey).ok
    assert not verify_export(lines, "not-a-key").ok
    assert not verify_export([*lines[:5], "not json", *lines[5:]], log.signer.vkey).ok


def test_cli(log: Log, tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join(log.export()) + "\n")
    kept = tmp_path / "kept.note"
    kept.write_text(log.checkpoint(40))
    key = tmp_path / "log.vkey"
    key.write_text(log.signer.vkey + "\n")
    cmd = [sys.executable, "-m", "audit", "verify-export", str(export), "--public-key", str(key)]
    ok = subprocess.run([*cmd, "--trusted-checkpoint", str(kept)], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "OK: 50 entries" in ok.stdout and "50 / 50" in ok.stderr
    lines = export.read_text().splitlines()
    del lines[1 + 21]
    export.write_text("\n".join(lines) + "\n")
    bad = subprocess.run([*cmd[:-1], log.signer.vkey, "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and "first bad index: 21" in bad.stdout
