"""Installs anywhere: a wheel built from this tree, installed into a fresh virtualenv, runs
`check -`, `users add` and `serve` from an unrelated folder with no settings at all, deciding
under the packaged policies (the same version as policies/), unless GATEKEEPER_POLICY_DIR says
otherwise."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from gatekeeper.policy.version import policy_version
from tests.conftest import ROOT, free_port, request_factory, wait_until_answering

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `gatekeeper` command of a fresh venv holding only the wheel and its dependencies."""
    work = tmp_path_factory.mktemp("install")
    wheels = work / "wheels"
    # Build from a copy so no build/ or egg-info lands in the checkout.
    src = work / "src"
    shutil.copytree(
        ROOT,
        src,
        symlinks=True,
        ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "tests", "bench", "__pycache__", "*.db*"),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(src)], check=True, timeout=600
    )
    (wheel,) = wheels.glob("gatekeeper-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(wheel)], check=True, timeout=1200)
    return venv / "bin" / "gatekeeper"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GATEKEEPER_", "PYTHON", "VIRTUAL_ENV"))}
    return {**env, **extra}


def test_check_users_add_and_serve_from_any_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    expected_version = policy_version(ROOT / "policies")

    r = subprocess.run(
        [str(installed), "check", "-"],
        cwd=elsewhere,
        env=clean_env(),
        input=json.dumps(request_factory()),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    decision = json.loads(r.stdout)
    assert decision["decision"] == "allow" and decision["policy_version"] == expected_version

    r = subprocess.run(
        [str(installed), "users", "add", "--id", "alice", "--role", "school_admin", "--org", "BPS"],
        cwd=elsewhere,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    key = r.stdout.strip().splitlines()[-1]

    port = free_port()
    proc = subprocess.Popen(
        [str(installed), "serve", "--port", str(port)],
        cwd=elsewhere,
        env=clean_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_answering(f"http://127.0.0.1:{port}/healthz", proc, "serve")
        resp = httpx.post(
            f"http://127.0.0.1:{port}/v1/requests",
            json=request_factory(),
            headers={"Authorization": f"Bearer {key}"},
            timeout=30,
        )
        assert resp.status_code in (200, 201), resp.text
        assert resp.json()["policy_version"] == expected_version
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    # The database and keys land in the folder it ran from, nowhere near the package.
    assert (elsewhere / "gatekeeper.db").is_file() and (elsewhere / "gatekeeper-data").is_dir()


def test_a_policy_dir_setting_wins_and_its_hash_is_the_version(installed: Path, tmp_path: Path) -> None:
    mine = tmp_path / "reviewed-policies"
    shutil.copytree(ROOT / "policies", mine)
    with (mine / "decision" / "notice.txt").open("a", encoding="utf-8") as f:
        f.write("\n")
    r = subprocess.run(
        [str(installed), "check", "-"],
        cwd=tmp_path,
        env=clean_env(GATEKEEPER_POLICY_DIR=str(mine)),
        input=json.dumps(request_factory()),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    version = json.loads(r.stdout)["policy_version"]
    assert version == policy_version(mine) != policy_version(ROOT / "policies")


def test_demo_runs_from_the_package(installed: Path, tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [str(installed), "serve", "--demo", "--port", str(port)],
        cwd=tmp_path,
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        # Read in a thread: a blocking readline must not outlive the ceiling if the server goes quiet.
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(ln) for ln in proc.stdout or ()], daemon=True).start()
        seen: list[str] = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any("listening" in ln for ln in seen):
            try:
                seen.append(lines.get(timeout=1))
            except queue.Empty:
                if proc.poll() is not None:
                    break
        assert any("submitted 20 sample requests" in ln for ln in seen), "".join(seen)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
