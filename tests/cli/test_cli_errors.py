"""One clear line per error, no side effects on failure, and the CLI's own additions (--version,
users list, progress), all through the installed `gatekeeper` command in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from audit.note import generate_signer
from tests.conftest import ROOT, make_pg_schema, request_factory

GK = str(Path(sys.executable).with_name("gatekeeper"))
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run(
    cwd: Path, *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The command with no GATEKEEPER_ settings but those given (run from ``cwd``)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("GATEKEEPER_")}
    return subprocess.run(
        [GK, *args], cwd=cwd, env={**base, **(env or {})}, input=stdin, capture_output=True, text=True, timeout=180
    )


def one_error_line(r: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in r.stderr, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    return lines[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_version() -> None:
    r = run(ROOT, "--version")
    assert r.returncode == 0 and re.fullmatch(r"gatekeeper \d+\.\d+\.\d+\S*\n", r.stdout)


@pytest.mark.parametrize(
    ("args", "env", "says"),
    [
        (["users", "add", "--id", "a", "--role", "sheriff"], {}, "unknown role"),
        (["users", "add", "--id", "p", "--role", "parent"], {}, "--student"),
        (["users", "add", "--id", "a", "--role", "school_admin"], {"GATEKEEPER_POLICY_DIR": "/nonexistent"}, "policy"),
        (["users", "add", "--role", "school_admin"], {}, "--id"),
        (["check", "-"], {"GATEKEEPER_POLICY_DIR": "/nonexistent"}, "policy directory not found"),
        (["no-such-command"], {}, "no-such-command"),
        (["serve", "--port", "99999"], {}, "--port"),
        (["audit", "verify"], {}, "no database"),
        (["audit", "export", "x.jsonl"], {}, "no database"),
        (["audit", "public-key"], {}, "signing key"),
        (["users", "list"], {}, "no database"),
        (["retention", "run", "--now", "yesterday"], {}, "--now"),
    ],
)
def test_a_failed_command_says_one_line_and_leaves_nothing_behind(
    tmp_path: Path, args: list[str], env: dict[str, str], says: str
) -> None:
    r = run(tmp_path, *args, env=env)
    assert r.returncode == 2
    assert says in one_error_line(r)
    assert leftovers(tmp_path) == []


def test_settings_errors_name_the_setting_never_its_value(tmp_path: Path) -> None:
    r = run(tmp_path, "users", "list", env={"GATEKEEPER_MAX_BODY_BYTES": "canary-7f3a"})
    assert r.returncode == 2
    line = one_error_line(r)
    assert "GATEKEEPER_MAX_BODY_BYTES" in line and "canary-7f3a" not in r.stderr + r.stdout
    r = run(tmp_path, "users", "list", env={"GATEKEEPER_DATABASE_URL": "mysql://canary-7f3a@host/db"})
    assert "GATEKEEPER_DATABASE_URL" in one_error_line(r) and "canary-7f3a" not in r.stderr
    assert leftovers(tmp_path) == []


def test_unreachable_or_empty_databases_are_environment_errors_not_tamper_alarms(tmp_path: Path) -> None:
    r = run(tmp_path, "audit", "verify", env={"GATEKEEPER_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"})
    assert r.returncode == 2 and "cannot be reached" in one_error_line(r)
    assert leftovers(tmp_path) == []


@pytest.mark.postgres
def test_verify_on_an_empty_postgres_schema_is_exit_2_and_creates_nothing(tmp_path: Path) -> None:
    from tests.conftest import pg_available

    if not pg_available():
        pytest.skip("PostgreSQL is not running here")
    schema = make_pg_schema()
    try:
        env = {"GATEKEEPER_DATABASE_URL": schema.url, "GATEKEEPER_SIGNING_KEY": generate_signer("x/audit").skey}
        r = run(tmp_path, "audit", "verify", env=env)
        assert r.returncode == 2 and "no gatekeeper log" in one_error_line(r)
        # The read-only command created no tables in it either.
        r = run(tmp_path, "audit", "verify", env=env)
        assert "no gatekeeper log" in one_error_line(r)
    finally:
        schema.drop()


def test_an_initialised_empty_log_verifies_and_users_list_shows_no_keys(tmp_path: Path) -> None:
    add = run(tmp_path, "users", "add", "--id", "alice", "--role", "school_admin", "--org", "BPS")
    assert add.returncode == 0, add.stderr
    key = add.stdout.strip().splitlines()[-1]
    r = run(tmp_path, "audit", "verify")
    assert r.returncode == 0 and json.loads(r.stdout) == {"ok": True, "size": 0}
    listed = run(tmp_path, "users", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(x) for x in listed.stdout.splitlines()]
    assert [(x["id"], x["role"], x["org"], x["keys_in_force"]) for x in rows] == [("alice", "school_admin", "BPS", 1)]
    table = run(tmp_path, "users", "list")
    assert "alice" in table.stdout and "school_admin" in table.stdout
    assert key not in listed.stdout + table.stdout and key.split("_")[1] not in listed.stdout + table.stdout
    # A failed command on an existing database removes nothing that was there before.
    before = leftovers(tmp_path)
    bad = run(tmp_path, "users", "add", "--id", "bob", "--role", "sheriff")
    assert bad.returncode == 2 and leftovers(tmp_path) == before


def test_secrets_may_come_from_files(tmp_path: Path) -> None:
    signer = generate_signer("gatekeeper.bostonpublicschools.example/audit")
    (tmp_path / "signing").write_text(signer.skey + "\n")
    (tmp_path / "pseudonym").write_text("a-shared-pseudonym-secret\n")
    env = {
        "GATEKEEPER_SIGNING_KEY_FILE": str(tmp_path / "signing"),
        "GATEKEEPER_PSEUDONYM_KEY_FILE": str(tmp_path / "pseudonym"),
        "GATEKEEPER_DATA_DIR": str(tmp_path / "data"),
    }
    r = run(tmp_path, "audit", "public-key", env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == signer.vkey
    r = run(tmp_path, "users", "add", "--id", "pat", "--role", "parent", "--student", "S1", env=env)
    assert r.returncode == 0, r.stderr
    # Neither key was created on disk: both came from the files.
    assert not (tmp_path / "data" / "log-signing.skey").exists()
    assert not (tmp_path / "data" / "pseudonym.key").exists()
    both = run(tmp_path, "users", "list", env={**env, "GATEKEEPER_SIGNING_KEY": signer.skey})
    assert "not both" in one_error_line(both) and signer.skey not in both.stderr
    missing = run(tmp_path, "users", "list", env={**env, "GATEKEEPER_SIGNING_KEY_FILE": str(tmp_path / "nope")})
    assert "GATEKEEPER_SIGNING_KEY_FILE" in one_error_line(missing)


def test_replay_of_a_csv_with_wrong_columns_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "wrong.csv"
    f.write_text("foo,bar\n1,2\n")
    r = run(tmp_path, "replay", str(f))
    assert r.returncode == 2 and "no column for school_id, recipient, ground" in one_error_line(r)
    assert r.stdout == ""
    f.write_text("")
    r = run(tmp_path, "replay", str(f))
    assert r.returncode == 2 and "empty" in one_error_line(r)


def _seed(tmp_path: Path, n: int) -> dict[str, str]:
    """A log with entries, written in-process as the service would."""
    from gatekeeper.context import build_context
    from gatekeeper.service import requests
    from gatekeeper.service.principals import add_principal, get_principal
    from tests.conftest import make_settings

    settings = make_settings(f"sqlite:///{tmp_path / 'gk.db'}", tmp_path)
    ctx = build_context(settings)
    ctx.audit.start()
    try:
        with ctx.db.engine.begin() as conn:
            add_principal(conn, "admin", "school_admin", "BPS", None)
            admin: Any = get_principal(conn, "admin")
        for _ in range(n):
            requests.submit(ctx, admin, request_factory())
    finally:
        ctx.close()
    return {"GATEKEEPER_DATABASE_URL": settings.database_url, "GATEKEEPER_DATA_DIR": str(settings.data_dir)}


def test_audit_export_shows_progress_to_the_end(tmp_path: Path) -> None:
    env = _seed(tmp_path, 30)
    out = tmp_path / "log.jsonl"
    # TTY_COMPATIBLE makes rich draw its bar into a pipe as it would on a terminal.
    r = run(tmp_path, "audit", "export", str(out), env={**env, "TTY_COMPATIBLE": "1"})
    assert r.returncode == 0, r.stderr
    n = len(out.read_text().splitlines())
    frames = _ANSI.sub("", r.stderr).replace("\r", "\n")
    assert "exporting" in frames and "100%" in frames and f"{n}/{n}" in frames
    verify = run(
        tmp_path,
        "audit",
        "verify-export",
        str(out),
        "--public-key",
        run(tmp_path, "audit", "public-key", env=env).stdout.strip(),
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_retention_run_reports_progress(tmp_path: Path) -> None:
    env = _seed(tmp_path, 3)
    r = run(tmp_path, "retention", "run", "--now", "2099-01-01T00:00:00Z", env={**env, "TTY_COMPATIBLE": "1"})
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    destroyed = report["destroyed"]
    assert destroyed >= 1
    frames = _ANSI.sub("", r.stderr).replace("\r", "\n")
    assert "destroying" in frames and f"{destroyed}/{destroyed}" in frames


def test_serve_on_a_busy_port_fails_before_creating_anything(tmp_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = run(tmp_path, "serve", "--port", str(port))
    assert r.returncode == 2 and "cannot listen" in one_error_line(r)
    assert leftovers(tmp_path) == []


def test_a_log_whose_head_was_removed_is_not_called_empty(tmp_path: Path) -> None:
    import sqlite3

    env = _seed(tmp_path, 2)
    with sqlite3.connect(tmp_path / "gk.db") as db:
        db.execute("DELETE FROM audit_head")
    r = run(tmp_path, "audit", "verify", env=env)
    assert r.returncode == 1, r.stdout + r.stderr
    assert json.loads(r.stdout)["ok"] is False
