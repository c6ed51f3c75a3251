"""Real `gatekeeper serve` processes on one PostgreSQL database, and how to clean them up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from audit.note import generate_signer

ROOT = Path(__file__).resolve().parents[2]
PG_ADMIN = os.environ.get("GATEKEEPER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
ORIGIN = "gatekeeper.test/audit"

from tests.conftest import PgSchema, free_port, make_pg_schema  # noqa: E402


def cli(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gatekeeper.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )


def base_env(database_url: str, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GATEKEEPER_")}
    env.update(
        {
            "GATEKEEPER_DATABASE_URL": database_url,
            "GATEKEEPER_SIGNING_KEY": generate_signer(ORIGIN).skey,
            "GATEKEEPER_PSEUDONYM_KEY": "test-pseudonym-key-" + tmp_path.name,
            "GATEKEEPER_LOG_ORIGIN": ORIGIN,
            "GATEKEEPER_POLICY_DIR": str(ROOT / "policies"),
            "GATEKEEPER_DATA_DIR": str(tmp_path / "cli-data"),
            "GATEKEEPER_LOG_JSON": "true",
        }
    )
    return env


def add_user(env: dict[str, str], pid: str, role: str, org: str | None = None) -> str:
    args = ["users", "add", "--id", pid, "--role", role]
    if org:
        args += ["--org", org]
    r = cli(env, *args)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout.strip().splitlines()[-1]


@dataclass
class Serve:
    proc: subprocess.Popen[bytes]
    url: str
    log: Path

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.alive():
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)


@dataclass
class Fleet:
    tmp_path: Path
    procs: list[Serve] = field(default_factory=list)

    def start(self, env: dict[str, str], name: str, wait: bool = True) -> Serve:
        port = free_port()
        penv = dict(env)
        penv["GATEKEEPER_DATA_DIR"] = str(self.tmp_path / f"data-{name}")
        log = self.tmp_path / f"{name}.log"
        with open(log, "wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "gatekeeper.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                env=penv,
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
                start_new_session=True,
            )
        s = Serve(proc, f"http://127.0.0.1:{port}", log)
        self.procs.append(s)
        if wait:
            self.wait_ready(s)
        return s

    def wait_ready(self, s: Serve, timeout: float = 30) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if not s.alive():
                raise RuntimeError(f"gatekeeper serve exited: {s.log.read_text()[-3000:]}")
            try:
                if httpx.get(s.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"gatekeeper serve did not become ready: {s.log.read_text()[-3000:]}")

    def stop_all(self) -> None:
        for s in self.procs:
            if s.alive():
                s.proc.send_signal(signal.SIGTERM)
        deadline = time.time() + 10
        for s in self.procs:
            try:
                s.proc.wait(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                s.kill()


@pytest.fixture
def fleet(tmp_path: Path) -> Iterator[Fleet]:
    f = Fleet(tmp_path)
    try:
        yield f
    finally:
        f.stop_all()


@pytest.fixture
def pg_schema(_pg_ok: bool) -> Iterator[PgSchema]:
    if not _pg_ok:
        pytest.skip("PostgreSQL is not running here")
    s = make_pg_schema()
    try:
        yield s
    finally:
        s.drop()
