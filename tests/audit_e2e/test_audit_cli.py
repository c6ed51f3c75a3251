"""The log end to end through the CLI: export, verify offline, catch each tampering; witness."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.conftest import LiveServer, request_factory

GK = str(Path(sys.executable).with_name("gatekeeper"))


def run(live: LiveServer, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    s = live.ctx.settings
    e = dict(os.environ, GATEKEEPER_DATABASE_URL=s.database_url, GATEKEEPER_DATA_DIR=str(s.data_dir))
    e["GATEKEEPER_POLICY_DIR"] = str(s.policy_dir)
    e.update(env or {})
    return subprocess.run([GK, *args], env=e, capture_output=True, text=True, timeout=120)


def _fill(live: LiveServer, n: int, tag: str = "") -> None:
    key = live.add_user(f"e2e-admin{tag}", "school_admin", "BPS")
    with live.client(key) as c:
        for i in range(n):
            assert c.post("/v1/requests", json=request_factory(request_id=f"{tag}{i}")).status_code == 201


@pytest.fixture
def exported(live: LiveServer, tmp_path: Path) -> tuple[LiveServer, Path, str]:
    _fill(live, 6)
    vkey = run(live, "audit", "public-key").stdout.strip()
    assert vkey.startswith(live.ctx.settings.log_origin + "+")
    out = tmp_path / "export.jsonl"
    r = run(live, "audit", "export", str(out))
    assert r.returncode == 0, r.stderr
    return live, out, vkey


def _verify_export(path: Path, vkey: str, *extra: str) -> subprocess.CompletedProcess[str]:
    # The board's own machine: the audit package alone, no service settings, no database.
    return subprocess.run(
        [sys.executable, "-m", "audit", "verify-export", str(path), "--public-key", vkey, *extra],
        capture_output=True, text=True, timeout=120, env={"PATH": os.environ.get("PATH", "")},
    )


def test_export_verifies_offline_and_through_the_cli(exported: tuple[LiveServer, Path, str]) -> None:
    live, path, vkey = exported
    assert _verify_export(path, vkey).returncode == 0
    r = run(live, "audit", "verify-export", str(path), "--public-key", vkey)
    assert r.returncode == 0 and json.loads(r.stdout)["ok"] is True
    assert run(live, "audit", "verify").returncode == 0


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text().splitlines()]


def _write(path: Path, objs: list[dict[str, Any]]) -> Path:
    out = path.with_name("tampered.jsonl")
    out.write_text("\n".join(json.dumps(o) for o in objs) + "\n")
    return out


@pytest.mark.parametrize("how", ["edit", "delete", "reorder", "forge_checkpoint", "drop_checkpoint"])
def test_export_tampering_is_caught(exported: tuple[LiveServer, Path, str], how: str) -> None:
    _, path, vkey = exported
    objs = _lines(path)
    entries = [i for i, o in enumerate(objs) if o["type"] == "entry"]
    if how == "edit":
        objs[entries[2]]["entry"]["decision"] = "deny"
    elif how == "delete":
        del objs[entries[3]]
    elif how == "reorder":
        objs[entries[1]], objs[entries[2]] = objs[entries[2]], objs[entries[1]]
    elif how == "drop_checkpoint":
        # Signed checkpoints name the one before them: one left out of the export is seen.
        cps = [i for i, o in enumerate(objs) if o["type"] == "checkpoint"]
        assert len(cps) >= 3
        del objs[cps[1]]
    else:
        cps = [i for i, o in enumerate(objs) if o["type"] == "checkpoint"]
        note = objs[cps[-1]]["note"]
        objs[cps[-1]]["note"] = note.replace("\n6\n", "\n7\n", 1)
    r = _verify_export(_write(path, objs), vkey)
    assert r.returncode == 1, (how, r.stdout)
    if how == "drop_checkpoint":
        assert "is missing" in r.stdout
    else:
        assert "first bad index" in r.stdout + r.stderr or how == "forge_checkpoint"


def test_truncation_behind_a_kept_checkpoint_is_caught(exported: tuple[LiveServer, Path, str], tmp_path: Path) -> None:
    _, path, vkey = exported
    objs = _lines(path)
    kept = [o for o in objs if o["type"] == "checkpoint"][-1]["note"]
    (tmp_path / "kept.note").write_text(kept)
    # Drop the last two entries and every checkpoint that covers them.
    cut = [o for o in objs if not (o["type"] == "entry" and o["index"] >= 4)]
    cut = [o for o in cut if not (o["type"] == "checkpoint" and "\n5\n" not in o["note"] and "\n4\n" not in o["note"])]
    cut[0]["size"] = 4
    r = _verify_export(_write(path, cut), vkey, "--trusted-checkpoint", str(tmp_path / "kept.note"))
    assert r.returncode == 1


def test_database_tampering_is_caught_with_the_first_bad_index(exported: tuple[LiveServer, Path, str]) -> None:
    live, _, _ = exported
    with live.ctx.db.engine.begin() as conn:
        row = conn.execute(text("SELECT entry FROM audit_entries WHERE idx = 3")).one()
        edited = row.entry.replace('"decision":"allow"', '"decision":"deny"')
        assert edited != row.entry
        conn.execute(text("UPDATE audit_entries SET entry = :e WHERE idx = 3"), {"e": edited})
    r = run(live, "audit", "verify")
    assert r.returncode == 1
    out = json.loads(r.stdout)
    assert out["ok"] is False and out["first_bad_index"] is not None and out["first_bad_index"] <= 3


def _flip(b64_char: str) -> str:
    return "A" if b64_char != "A" else "B"


# The seven ways of editing the stored log (issue 10, item 9): each is named by `audit verify`.
TAMPERINGS: dict[str, tuple[list[str], str]] = {
    "edit_entry": (["UPDATE audit_entries SET entry = replace(entry, '\"allow\"', '\"deny\"') WHERE idx = 2"],
                   "was altered"),
    "edit_leaf": (["UPDATE audit_entries SET leaf_hash = :h WHERE idx = 2"], "entry 2: its stored leaf_hash"),
    "delete_entry": (["DELETE FROM audit_entries WHERE idx = 2"], "deleted or reordered"),
    "edit_node": (["UPDATE audit_nodes SET hash = :h WHERE level = 1 AND idx = 0"],
                  "node (level 1, index 0) over entries [0, 2) differs"),
    "delete_node": (["DELETE FROM audit_nodes WHERE level = 0 AND idx = 1"],
                    "node(s) (level 0, index 1) over entries [1, 2) missing"),
    "delete_checkpoint": (["DELETE FROM audit_checkpoints WHERE size = 3"], "checkpoint of size 3 is missing"),
    "edit_checkpoint_root": (["UPDATE audit_checkpoints SET root = :h WHERE size = 3"],
                             "checkpoint of size 3: its stored root differs"),
    "edit_checkpoint_signature": ([], "checkpoint signature"),
}


@pytest.mark.parametrize("how", sorted(TAMPERINGS))
def test_each_database_tampering_is_named(live: LiveServer, how: str) -> None:
    _fill(live, 6)
    assert run(live, "audit", "verify").returncode == 0
    statements, named = TAMPERINGS[how]
    with live.ctx.db.engine.begin() as conn:
        sizes = [int(r.size) for r in conn.execute(text("SELECT size FROM audit_checkpoints ORDER BY size"))]
        assert sizes == [1, 2, 3, 4, 5, 6]
        for sql in statements:
            assert conn.execute(text(sql), {"h": bytes(32)}).rowcount == 1
        if how == "edit_checkpoint_signature":
            note = conn.execute(text("SELECT note FROM audit_checkpoints WHERE size = 3")).scalar_one()
            sig_at = note.rindex(" ") + 10  # a character inside the signature's base64
            forged = note[:sig_at] + _flip(note[sig_at]) + note[sig_at + 1 :]
            conn.execute(text("UPDATE audit_checkpoints SET note = :n WHERE size = 3"), {"n": forged})
    r = run(live, "audit", "verify")
    assert r.returncode == 1, (how, r.stdout, r.stderr)
    out = json.loads(r.stdout)
    assert out["ok"] is False
    assert any(named in p for p in out["problems"]), (how, out["problems"])
    if how in ("edit_entry", "edit_leaf", "delete_entry"):
        assert out["first_bad_index"] == 2
