"""Witnesses the board (and an advocacy group, the council's clerk) run on their own machines:
``python -m audit witness-serve`` in a process of its own, spoken to over real HTTP by the
service's ``gatekeeper audit witness`` client and by hand-made C2SP tlog-witness requests."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml

from audit import merkle
from audit.checkpoint import Checkpoint, open_checkpoint, sign_checkpoint
from audit.cosign import verify_cosignature
from audit.note import Signer, Verifier, generate_signer
from audit.tlog_witness import add_checkpoint_body
from tests.audit_e2e._exports import rewrite_history
from tests.audit_e2e.c2sp_witness import LogKey, Witness, WitnessServer
from tests.audit_e2e.test_tlog_witness import _fill, _outcomes, _public_checkpoint, run
from tests.conftest import ROOT, LiveServer, make_settings, start_server
from tests.web.test_pages_http import _login

GK = str(Path(sys.executable).with_name("gatekeeper"))
CEILING = 60  # seconds: generous, only so a broken witness fails the test instead of hanging it


def keygen(tmp: Path, name: str, *, via_gatekeeper: bool = False) -> tuple[Path, str]:
    key = tmp / f"{name.split('.')[0]}.skey"
    cmd = [GK, "audit"] if via_gatekeeper else [sys.executable, "-m", "audit"]
    r = subprocess.run([*cmd, "witness-keygen", name, "--out", str(key)], capture_output=True, text=True,
                       timeout=CEILING)
    assert r.returncode == 0, r.stderr
    assert "policies/audit/witnesses.yaml" in r.stderr
    return key, r.stdout.strip()


@dataclass
class BoardWitness:
    """One ``witness-serve`` process; ``url`` is its submission prefix."""

    name: str
    vkey: str
    key: Path
    state: Path
    log_vkey: Path
    port: int = 0
    proc: subprocess.Popen[str] | None = None
    url: str = ""

    def start(self, *, via_gatekeeper: bool = False) -> BoardWitness:
        cmd = [GK, "audit"] if via_gatekeeper else [sys.executable, "-m", "audit"]
        self.proc = subprocess.Popen(
            [*cmd, "witness-serve", "--key", str(self.key), "--log-vkey", str(self.log_vkey),
             "--state", str(self.state), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        out = self.proc.stdout
        assert out is not None
        threading.Thread(target=lambda: [lines.put(x) for x in out], daemon=True).start()
        while True:
            line = lines.get(timeout=CEILING)
            if line.startswith("listening on "):
                self.url = line.split()[-1]
                self.port = int(self.url.rsplit(":", 1)[1])  # a restart keeps the address
                return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            assert self.proc.wait(timeout=CEILING) == 0
        self.proc = None

    def kept(self, log_vkey: str) -> Checkpoint:
        return open_checkpoint((self.state / "checkpoint").read_text(), Verifier.from_vkey(log_vkey))


def post(url: str, body: bytes) -> httpx.Response:
    return httpx.post(f"{url}/add-checkpoint", content=body, timeout=CEILING)


# -- against the service ---------------------------------------------------------------------------


@pytest.fixture
def board_setup(database_url: str, tmp_path: Path) -> Iterator[tuple[LiveServer, list[BoardWitness], Path]]:
    policy_dir = tmp_path / "policies"
    shutil.copytree(ROOT / "policies", policy_dir)
    live = start_server(make_settings(database_url, tmp_path, policy_dir=policy_dir))
    log_vkey = tmp_path / "log.vkey"
    log_vkey.write_text(live.ctx.signer.vkey + "\n")  # what the district publishes
    witnesses: list[BoardWitness] = []
    try:
        for i, name in enumerate(["oversight-board.boston.example/witness", "advocacy.example.org/witness"]):
            home = tmp_path / f"home{i}"  # each on "its own machine": own key, own state
            home.mkdir()
            key, vkey = keygen(home, name, via_gatekeeper=i == 1)
            witnesses.append(BoardWitness(name, vkey, key, home / "state", log_vkey).start(via_gatekeeper=i == 1))
        _write_policy(policy_dir, witnesses)
        yield live, witnesses, policy_dir
    finally:
        for w in witnesses:
            w.stop()
        live.stop()


def _write_policy(policy_dir: Path, witnesses: list[BoardWitness]) -> None:
    (policy_dir / "audit" / "witnesses.yaml").write_text(yaml.safe_dump({
        "required": 2,
        "witnesses": [{"name": w.name, "vkey": w.vkey, "url": w.url} for w in witnesses],
    }))


def test_board_run_witnesses_cosign_and_the_board_page_calls_it_witnessed(
    board_setup: tuple[LiveServer, list[BoardWitness], Path],
) -> None:
    live, witnesses, _ = board_setup
    log_vkey = live.ctx.signer.vkey
    _fill(live, 2, "a")
    first = run(live, "audit", "witness")
    assert first.returncode == 0, first.stdout + first.stderr
    assert all(o["ok"] and o["old_size"] == 0 for o in _outcomes(first).values())
    size1 = _public_checkpoint(live)["size"]

    _fill(live, 3, "b")
    second = run(live, "audit", "witness")
    assert second.returncode == 0, second.stdout + second.stderr
    cp = _public_checkpoint(live)
    assert {(o["old_size"], o["size"]) for o in _outcomes(second).values()} == {(size1, cp["size"])}
    assert cp["witnessed"] is True and cp["witnesses_required"] == 2
    assert sorted(cp["witnessed_by"]) == sorted(w.name for w in witnesses)
    for cos in cp["cosignatures"]:
        vkey = next(w.vkey for w in witnesses if w.name == cos["witness"])
        assert verify_cosignature(cp["checkpoint"] + cos["line"], vkey) == cos["timestamp"]
    # Each witness wrote what it cosigned before answering.
    assert all(w.kept(log_vkey).size == cp["size"] for w in witnesses)

    board = _login(live, live.add_user("bw-board", "oversight_board"))
    page = board.get("/board")
    assert page.status_code == 200
    para = page.text[page.text.index('id="witnessed"'):]
    assert para[: para.index("</p>")].count("Not witnessed") == 0 and "Witnessed" in para[: para.index("</p>")]
    assert all(w.name in page.text for w in witnesses)


def test_a_restarted_witness_keeps_its_state_and_a_stale_old_size_gets_409(
    board_setup: tuple[LiveServer, list[BoardWitness], Path],
) -> None:
    live, witnesses, _ = board_setup
    board_w = witnesses[0]
    _fill(live, 3, "a")
    assert run(live, "audit", "witness").returncode == 0
    held = _public_checkpoint(live)
    board_w.stop()
    board_w.start()  # same key, same state directory, same address

    # It remembers the size it cosigned: a client claiming it never cosigned is told that size.
    r = post(board_w.url, add_checkpoint_body(0, [], held["checkpoint"]))
    assert r.status_code == 409 and r.headers["content-type"] == "text/x.tlog.size"
    assert r.text == f"{held['size']}\n"

    _fill(live, 2, "b")
    cp = _public_checkpoint(live)
    # A stale old size (not what the witness holds), even with a valid proof for it, gets 409.
    stale = 1
    with live.client(live.add_user("bw-board2", "oversight_board")) as c:
        proof = c.get("/v1/audit/proofs/consistency", params={"first": stale, "second": cp["size"]})
    assert proof.status_code == 200, proof.text
    hashes = [bytes.fromhex(h) for h in proof.json()["proof"]]
    r = post(board_w.url, add_checkpoint_body(stale, hashes, cp["checkpoint"]))
    assert r.status_code == 409 and r.text == f"{held['size']}\n"
    assert board_w.kept(live.ctx.signer.vkey).size == held["size"]  # a refusal changes nothing

    # The service's client carries on from the kept size without needing a 409 round.
    again = run(live, "audit", "witness")
    assert again.returncode == 0, again.stdout + again.stderr
    assert {(o["old_size"], o["size"]) for o in _outcomes(again).values()} == {(held["size"], cp["size"])}
    assert _public_checkpoint(live)["witnessed"] is True


def test_a_rewritten_log_is_refused_by_board_and_spec_witnesses_alike(
    board_setup: tuple[LiveServer, list[BoardWitness], Path],
) -> None:
    live, witnesses, policy_dir = board_setup
    board_w = witnesses[0]
    spec = Witness("council-clerk.boston.example/witness",
                   {live.ctx.settings.log_origin: LogKey.from_vkey(live.ctx.signer.vkey)})
    with WitnessServer(spec) as spec_server:
        (policy_dir / "audit" / "witnesses.yaml").write_text(yaml.safe_dump({
            "required": 2,
            "witnesses": [{"name": board_w.name, "vkey": board_w.vkey, "url": board_w.url},
                          {"name": spec.name, "vkey": spec.vkey, "url": spec_server.url}],
        }))
        _fill(live, 3, "a")
        ok = run(live, "audit", "witness")
        assert ok.returncode == 0, ok.stdout + ok.stderr
        kept = board_w.kept(live.ctx.signer.vkey)
        rewrite_history(live)
        r = run(live, "audit", "witness")
    assert r.returncode == 1, r.stdout
    outcomes = _outcomes(r)
    assert set(outcomes) == {board_w.name, spec.name}
    for o in outcomes.values():
        assert not o["ok"] and "422" in o["problem"], o
    assert spec.refusals == [422]
    assert board_w.kept(live.ctx.signer.vkey) == kept  # it still holds the history it vouched for
    evidence = list((board_w.state / "evidence").iterdir())
    assert len(evidence) == 1 and evidence[0].read_text().startswith(f"old {kept.size}\n")
    assert _public_checkpoint(live)["witnessed"] is False




# -- the protocol, against a log made here ---------------------------------------------------------


@dataclass
class ToyLog:
    signer: Signer
    leaves: list[bytes]

    def checkpoint(self, size: int | None = None, signer: Signer | None = None) -> str:
        n = len(self.leaves) if size is None else size
        root = merkle.root_hash(self.leaves[:n])
        return sign_checkpoint(Checkpoint(self.signer.name, n, root), signer or self.signer)

    def proof(self, old: int, new: int | None = None) -> list[bytes]:
        return merkle.consistency_proof(self.leaves[: len(self.leaves) if new is None else new], old)


@pytest.fixture
def toy(tmp_path: Path) -> Iterator[tuple[ToyLog, BoardWitness]]:
    log = ToyLog(generate_signer("toy.example/log"), [f"entry {i}".encode() for i in range(9)])
    (tmp_path / "log.vkey").write_text(log.signer.vkey)
    key, vkey = keygen(tmp_path, "clerk.example/witness")
    w = BoardWitness("clerk.example/witness", vkey, key, tmp_path / "state", tmp_path / "log.vkey").start()
    try:
        yield log, w
    finally:
        w.stop()


def test_the_protocol_answers_each_case_as_the_spec_names(toy: tuple[ToyLog, BoardWitness]) -> None:
    log, w = toy
    first = log.checkpoint(4)
    r = post(w.url, add_checkpoint_body(0, [], first))
    assert r.status_code == 200 and r.text.startswith("\u2014 clerk.example/witness ") and r.text.count("\n") == 1
    assert verify_cosignature(first + r.text, w.vkey) > 0
    assert post(w.url, add_checkpoint_body(4, [], first)).status_code == 200  # the same tree again

    second = log.checkpoint(7)
    statuses: dict[str, tuple[int, str]] = {}
    cases: dict[str, bytes] = {
        "unknown log": add_checkpoint_body(0, [], ToyLog(generate_signer("other.example/log"), log.leaves)
                                          .checkpoint(7)),
        "another key, same name": add_checkpoint_body(4, log.proof(4, 7),
                                                       log.checkpoint(7, generate_signer(log.signer.name))),
        "old size above the checkpoint's": add_checkpoint_body(8, log.proof(4, 7), second).replace(b"old 4", b"old 8"),
        "no empty line": b"old 4\n" + second.encode(),
        "proof from size 0": b"old 0\n" + b"A" * 43 + b"=\n\n" + second.encode(),
        "stale old size": add_checkpoint_body(2, log.proof(2, 7), second),
        "bad proof": add_checkpoint_body(4, log.proof(3, 7), second),
    }
    for case, body in cases.items():
        resp = post(w.url, body)
        statuses[case] = (resp.status_code, resp.headers["content-type"].split(";")[0])
    assert statuses == {
        "unknown log": (404, "text/plain"),
        "another key, same name": (403, "text/plain"),
        "old size above the checkpoint's": (400, "text/plain"),
        "no empty line": (400, "text/plain"),
        "proof from size 0": (400, "text/plain"),
        "stale old size": (409, "text/x.tlog.size"),
        "bad proof": (422, "text/plain"),
    }

    forked = ToyLog(log.signer, [b"forged", *log.leaves[1:]])
    r = post(w.url, add_checkpoint_body(4, [], forked.checkpoint(4)))
    assert (r.status_code, r.text) == (409, "4\n")
    assert w.kept(log.signer.vkey).size == 4
    assert len(list((w.state / "evidence").iterdir())) == 2  # the bad proof and the fork

    r = post(w.url, add_checkpoint_body(4, log.proof(4, 7), second))
    assert r.status_code == 200 and verify_cosignature(second + r.text, w.vkey) > 0
    assert w.kept(log.signer.vkey).size == 7


def test_a_witness_refuses_to_start_from_state_the_log_did_not_sign(toy: tuple[ToyLog, BoardWitness]) -> None:
    log, w = toy
    assert post(w.url, add_checkpoint_body(0, [], log.checkpoint(5))).status_code == 200
    w.stop()
    (w.state / "checkpoint").write_text(log.checkpoint(2, generate_signer(log.signer.name)))
    r = subprocess.run([sys.executable, "-m", "audit", "witness-serve", "--key", str(w.key), "--log-vkey",
                        str(w.log_vkey), "--state", str(w.state), "--port", "0"],
                       capture_output=True, text=True, timeout=CEILING)
    assert r.returncode == 2 and "not a checkpoint of toy.example/log signed by the log's key" in r.stderr


def test_the_witness_needs_only_the_audit_package() -> None:
    code = ("import sys, audit.__main__, audit.witness_server; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'gatekeeper', 'yaml', 'httpx', 'sqlalchemy', 'fastapi', 'pydantic', 'typer'}))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=CEILING,
                       env=dict(os.environ, PYTHONPATH=""))
    assert r.returncode == 0 and r.stdout.strip() == "[]", r.stdout + r.stderr


def test_concurrent_submissions_cannot_roll_the_witness_back(toy: tuple[ToyLog, BoardWitness]) -> None:
    log, w = toy
    assert post(w.url, add_checkpoint_body(0, [], log.checkpoint(4))).status_code == 200
    # Each claims to extend size 4; once one is cosigned the others no longer start where the
    # witness stands (the spec's rollback race), so exactly one wins and it is the one kept.
    results: dict[int, httpx.Response] = {}

    def submit(size: int) -> None:
        results[size] = post(w.url, add_checkpoint_body(4, log.proof(4, size), log.checkpoint(size)))

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(5, 10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=CEILING)
    won = [n for n, r in results.items() if r.status_code == 200]
    assert len(results) == 5 and len(won) == 1
    assert all(r.status_code == 409 and r.text == f"{won[0]}\n" for n, r in results.items() if n != won[0])
    assert w.kept(log.signer.vkey).size == won[0]
