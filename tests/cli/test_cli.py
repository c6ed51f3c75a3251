"""The command line of CONTRACT.md: users add, check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import DATA, ROOT, corpus, request_factory

GK = str(Path(sys.executable).with_name("gatekeeper"))


def gk(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, GATEKEEPER_DATABASE_URL=f"sqlite:///{tmp_path}/gk.db", GATEKEEPER_DATA_DIR=str(tmp_path / "d"))
    env["GATEKEEPER_POLICY_DIR"] = str(ROOT / "policies")
    return subprocess.run([GK, *args], cwd=tmp_path, env=env, input=stdin, capture_output=True, text=True, timeout=120)


def test_users_add_prints_the_key_alone_on_the_last_line(tmp_path: Path) -> None:
    r = gk(tmp_path, "users", "add", "--id", "alice", "--role", "school_admin", "--org", "BPS")
    assert r.returncode == 0, r.stderr
    key = r.stdout.strip().splitlines()[-1]
    assert key.startswith("gk_") and " " not in key
    bad = gk(tmp_path, "users", "add", "--id", "bob", "--role", "sheriff")
    assert bad.returncode == 2 and "unknown role" in bad.stderr
    liaison = gk(tmp_path, "users", "add", "--id", "carol", "--role", "police_liaison")
    assert liaison.returncode == 2 and "--org" in liaison.stderr


def test_check_jsonl_one_line_out_per_line_in(tmp_path: Path) -> None:
    r = gk(tmp_path, "check", str(DATA / "corpus" / "public.jsonl").replace("public", "public"))
    # public.jsonl lines are labelled cases, not requests: every line is refused clearly.
    assert r.returncode == 2
    assert all(json.loads(x)["error"]["code"] == "invalid_request" for x in r.stdout.splitlines())
    reqs = tmp_path / "reqs.jsonl"
    reqs.write_text("\n".join(json.dumps(c["request"]) for c in corpus()) + "\n")
    r = gk(tmp_path, "check", str(reqs))
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == len(corpus())
    assert [d["decision"] for d in out] == [c["expect"]["decision"] for c in corpus()]


def test_check_stdin_with_a_bad_line(tmp_path: Path) -> None:
    good = json.dumps(request_factory())
    stdin = "\n".join([good, "{not json", json.dumps({"school_id": "x"}), good]) + "\n"
    r = gk(tmp_path, "check", "-", stdin=stdin)
    assert r.returncode == 2
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 4
    assert lines[0]["decision"] == "allow" and lines[3]["decision"] == "allow"
    assert lines[1]["error"]["code"] == "invalid_request" and lines[1]["error"]["line"] == 2
    assert lines[2]["error"]["code"] == "invalid_request"


def test_check_json_array_and_missing_file(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps([request_factory(), request_factory(recipient="bric")], indent=2))
    r = gk(tmp_path, "check", str(f))
    assert r.returncode == 0
    assert [json.loads(x)["decision"] for x in r.stdout.splitlines()] == ["allow", "deny"]
    missing = gk(tmp_path, "check", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr
