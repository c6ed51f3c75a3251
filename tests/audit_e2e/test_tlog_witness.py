"""The log as a client of C2SP tlog-witness: witnesses written only from the spec (c2sp_witness.py)
cosign through the protocol, a witness that lost track is resynchronised through 409, and a
rewritten log is refused. The public checkpoint then shows who witnessed it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import text

from audit.cosign import verify_cosignature
from audit.verify import verify_export
from tests.audit_e2e._exports import rewrite_history
from tests.audit_e2e.c2sp_witness import LogKey, Witness, WitnessServer
from tests.conftest import ROOT, LiveServer, make_settings, request_factory, start_server

GK = str(Path(sys.executable).with_name("gatekeeper"))


def run(live: LiveServer, *args: str) -> subprocess.CompletedProcess[str]:
    s = live.ctx.settings
    e = dict(os.environ, GATEKEEPER_DATABASE_URL=s.database_url, GATEKEEPER_DATA_DIR=str(s.data_dir))
    e["GATEKEEPER_POLICY_DIR"] = str(s.policy_dir)
    return subprocess.run([GK, *args], env=e, capture_output=True, text=True, timeout=120)


def _fill(live: LiveServer, n: int, tag: str) -> None:
    key = live.add_user(f"w-admin{tag}", "school_admin", "BPS")
    with live.client(key) as c:
        for i in range(n):
            assert c.post("/v1/requests", json=request_factory(request_id=f"{tag}{i}")).status_code == 201


@pytest.fixture
def setup(database_url: str, tmp_path: Path) -> Iterator[tuple[LiveServer, list[WitnessServer], Path]]:
    policy_dir = tmp_path / "policies"
    shutil.copytree(ROOT / "policies", policy_dir)
    live = start_server(make_settings(database_url, tmp_path, policy_dir=policy_dir))
    try:
        origin = live.ctx.settings.log_origin
        logs = {origin: LogKey.from_vkey(live.ctx.signer.vkey)}
        witnesses = [Witness("oversight-board.boston.example/witness", dict(logs)),
                     Witness("advocacy.example.org/witness", dict(logs))]
        with WitnessServer(witnesses[0]) as w0, WitnessServer(witnesses[1]) as w1:
            servers = [w0, w1]
            (policy_dir / "audit" / "witnesses.yaml").write_text(yaml.safe_dump({
                "required": 2,
                "witnesses": [{"name": s.witness.name, "vkey": s.witness.vkey, "url": s.url} for s in servers],
            }))
            yield live, servers, policy_dir
    finally:
        live.stop()


def _public_checkpoint(live: LiveServer) -> dict[str, Any]:
    with live.client() as c:  # no key: the checkpoint is public
        r = c.get("/v1/audit/checkpoint")
    assert r.status_code == 200, r.text
    return dict(r.json())


def _outcomes(r: subprocess.CompletedProcess[str]) -> dict[str, dict[str, Any]]:
    return {o["witness"]: o for o in map(json.loads, r.stdout.splitlines())}


def test_spec_witnesses_cosign_through_the_protocol(
    setup: tuple[LiveServer, list[WitnessServer], Path], tmp_path: Path
) -> None:
    live, servers, _ = setup
    _fill(live, 2, "a")
    first = run(live, "audit", "witness")
    assert first.returncode == 0, first.stdout + first.stderr
    assert all(o["ok"] and o["old_size"] == 0 for o in _outcomes(first).values())

    _fill(live, 3, "b")
    second = run(live, "audit", "witness")
    assert second.returncode == 0, second.stdout + second.stderr
    size = _public_checkpoint(live)["size"]
    # The second round carried a consistency proof from the size each witness cosigned before.
    assert {(o["old_size"], o["size"]) for o in _outcomes(second).values()} == {(first_size(first), size)}

    cp = _public_checkpoint(live)
    assert cp["witnessed"] is True and cp["witnesses_required"] == 2
    assert sorted(cp["witnessed_by"]) == sorted(s.witness.name for s in servers)
    for cos in cp["cosignatures"]:
        vkey = next(s.witness.vkey for s in servers if s.witness.name == cos["witness"])
        assert verify_cosignature(cp["checkpoint"] + cos["line"], vkey) == cos["timestamp"]
    assert "proof" not in json.dumps(cp)  # proofs stay behind the board's key

    # The export carries the cosignatures with their checkpoint, and still verifies offline.
    out = tmp_path / "export.jsonl"
    assert run(live, "audit", "export", str(out)).returncode == 0
    last = [json.loads(x) for x in out.read_text().splitlines()][-1]
    assert last["note"] == cp["checkpoint"] + "".join(c["line"] for c in cp["cosignatures"])
    with out.open() as f:
        assert verify_export(f, live.ctx.signer.vkey).ok


def first_size(r: subprocess.CompletedProcess[str]) -> int:
    return int(next(iter(_outcomes(r).values()))["size"])


def test_a_witness_that_lost_track_is_resynchronised_by_409(
    setup: tuple[LiveServer, list[WitnessServer], Path],
) -> None:
    live, servers, _ = setup
    _fill(live, 2, "a")
    assert run(live, "audit", "witness").returncode == 0
    # The log forgets what the board's witness cosigned; the witness's 409 tells it the size.
    with live.ctx.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_cosignatures WHERE witness = :w"), {"w": servers[0].witness.name})
    _fill(live, 2, "b")
    r = run(live, "audit", "witness", "--witness", servers[0].witness.name)
    assert r.returncode == 0, r.stdout + r.stderr
    assert 409 in servers[0].witness.refusals


def test_a_rewritten_log_is_refused_and_not_called_witnessed(
    setup: tuple[LiveServer, list[WitnessServer], Path],
) -> None:
    live, servers, _ = setup
    _fill(live, 3, "a")
    assert run(live, "audit", "witness").returncode == 0
    rewrite_history(live)
    r = run(live, "audit", "witness")
    assert r.returncode == 1, r.stdout
    for o in _outcomes(r).values():
        assert not o["ok"] and "422" in o["problem"], o
    assert all(s.witness.refusals == [422] for s in servers)
    assert _public_checkpoint(live)["witnessed"] is False
