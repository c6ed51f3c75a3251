"""The `gatekeeper` command (CONTRACT.md): serve, users, check, audit, and the district's chores."""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from gatekeeper.settings import Settings

if TYPE_CHECKING:
    from gatekeeper.context import Context

app = typer.Typer(no_args_is_help=True, add_completion=False, help="gatekeeper: the school-to-police gate.")
users_app = typer.Typer(no_args_is_help=True, help="Principals and their API keys.")
audit_app = typer.Typer(no_args_is_help=True, help="The tamper-evident audit log.")
app.add_typer(users_app, name="users")
app.add_typer(audit_app, name="audit")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            v = version("gatekeeper")
        except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
            v = "unknown"
        typer.echo(f"gatekeeper {v}")
        raise typer.Exit(0)


@app.callback()
def _main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="print the version and exit")
    ] = False,
) -> None:
    """gatekeeper: the school-to-police gate."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line to stderr and return the Exit to raise (2: usage or environment, 1: a finding)."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _settings() -> Settings:
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as exc:
        # Name the setting and the problem, never the value: it may be a secret.
        problems = []
        for err in exc.errors(include_input=False, include_url=False):
            name = "_".join(str(part) for part in err["loc"]).upper()
            msg = str(err["msg"]).removeprefix("Value error, ")
            problems.append(f"GATEKEEPER_{name}: {msg}" if name else msg)
        raise _fail("invalid settings: " + "; ".join(problems)) from None


@dataclass
class _Created:
    """What this process created on disk (a SQLite database, the data folder, key files), so a
    command that fails leaves none of it behind."""

    paths: list[Path] = field(default_factory=list)

    def note_absent(self, *paths: Path) -> None:
        self.paths.extend(p for p in paths if not p.exists() and not p.is_symlink())

    def undo(self) -> None:
        for p in reversed(self.paths):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
        self.paths.clear()


_CREATED = _Created()


def _sqlite_file(settings: Settings) -> Path | None:
    if settings.is_postgres:
        return None
    from sqlalchemy.engine import make_url

    from gatekeeper.storage.db import to_sqlalchemy_url

    db = make_url(to_sqlalchemy_url(settings.database_url)).database
    return Path(db) if db and db != ":memory:" and not db.startswith("file:") else None


def _signing_key_file(settings: Settings) -> Path | None:
    return settings.data_dir / "log-signing.skey" if settings.signing_key is None else None


def _key_files(settings: Settings) -> list[Path]:
    out = [p for p in [_signing_key_file(settings)] if p is not None]
    if settings.pseudonym_key is None:
        out.append(settings.data_dir / "pseudonym.key")
    return out


def _require_signing_key(settings: Settings) -> None:
    key = _signing_key_file(settings)
    if key is not None and not key.is_file():
        raise _fail(f"the log's signing key is not at {key} (GATEKEEPER_DATA_DIR or GATEKEEPER_SIGNING_KEY)")


def _ctx(settings: Settings | None = None, *, create: bool = True) -> Context:
    """The service's context for one command. ``create=False`` (the read-only audit commands)
    never creates a database, a schema or a key: a missing one is an environment error."""
    from sqlalchemy.exc import SQLAlchemyError

    from gatekeeper.context import build_context
    from gatekeeper.errors import GatekeeperError

    settings = settings or _settings()
    _require_policy_dir(settings)
    sqlite = _sqlite_file(settings)
    if create:
        if sqlite is not None:
            _CREATED.note_absent(sqlite, *(sqlite.with_name(sqlite.name + s) for s in ("-wal", "-shm", "-journal")))
        _CREATED.note_absent(settings.data_dir, *_key_files(settings))
    else:
        if sqlite is not None and not sqlite.is_file():
            raise _fail(f"no database at {sqlite} (GATEKEEPER_DATABASE_URL)")
        _require_schema(settings)
        _require_signing_key(settings)
    try:
        return build_context(settings, run_migrations=create)
    except GatekeeperError as exc:
        raise _fail(exc.message) from None
    except SQLAlchemyError as exc:
        raise _fail(f"the database could not be read ({type(exc).__name__})") from None


def _require_policy_dir(settings: Settings) -> None:
    if not Path(settings.policy_dir).is_dir():
        raise _fail(f"policy directory not found: {settings.policy_dir} (GATEKEEPER_POLICY_DIR)")


def _require_schema(settings: Settings) -> None:
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from gatekeeper.storage.db import scratch_engine

    engine = scratch_engine(settings.database_url)
    try:
        with engine.connect() as conn:
            present = inspect(conn).has_table("audit_head")
    except SQLAlchemyError:
        raise _fail("the database cannot be reached (GATEKEEPER_DATABASE_URL)") from None
    finally:
        engine.dispose()
    if not present:
        raise _fail("the database holds no gatekeeper log (GATEKEEPER_DATABASE_URL names an empty database)")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on", min=1, max=65535)] = 8000,
    demo: Annotated[
        bool, typer.Option(help="create demo principals (printing their keys) and sample requests")
    ] = False,
    workers: Annotated[int, typer.Option(help="worker threads for blocking work")] = 40,
) -> None:
    """Run the service. Database from GATEKEEPER_DATABASE_URL (default: ./gatekeeper.db)."""
    import anyio.to_thread
    import uvicorn

    from gatekeeper.api.app import create_app
    from gatekeeper.api.server import uvicorn_config

    settings = _settings()
    _require_free_port(host, port)
    ctx = _ctx(settings)
    if demo:
        from gatekeeper.demo import seed_demo

        seed_demo(ctx, echo=typer.echo)
    application = create_app(settings, ctx)

    @application.on_event("startup")
    async def _threads() -> None:  # pragma: no cover - sizing only
        anyio.to_thread.current_default_thread_limiter().total_tokens = workers

    import structlog

    from gatekeeper.logging import logging_config

    # A JSON line like every other the server writes (create_app configured the logging).
    structlog.get_logger("gatekeeper").info(
        "listening", url=f"http://{host}:{port}", policy_version=ctx.gate.version[:12]
    )
    config = uvicorn_config(
        application, host, port, settings.header_timeout_seconds, log_config=logging_config(settings.log_json)
    )
    uvicorn.Server(config).run()


def _require_free_port(host: str, port: int) -> None:
    """Refuse a busy or impossible address before anything is created (uvicorn would find out
    only after the database and keys exist)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _, addr = infos[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(addr)
    except OSError as exc:
        raise _fail(f"cannot listen on {host}:{port}: {exc.strerror or type(exc).__name__}") from None


@users_app.command("add")
def users_add(
    id: Annotated[str, typer.Option("--id", help="principal id")],
    role: Annotated[
        str, typer.Option(help="school_admin, legal_approver, police_liaison, oversight_board, parent, policy_admin")
    ],
    org: Annotated[str | None, typer.Option(help="school (school roles) or recipient unit (police liaison)")] = None,
    student: Annotated[str | None, typer.Option(help="the student a parent is linked to")] = None,
    expires_days: Annotated[int, typer.Option(help="days until the key expires")] = 365,
) -> None:
    """Create a principal and print its API key, alone, on the last line."""
    from gatekeeper.errors import GatekeeperError
    from gatekeeper.service.principals import create_principal

    ctx = _ctx()
    try:
        pseudonym = ctx.pseudonyms.student(student) if student else None
        with ctx.db.engine.begin() as conn:
            key = create_principal(ctx.gate, conn, id, role, org, pseudonym, expires_days)
    except GatekeeperError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    finally:
        ctx.close()
    typer.echo(f"created {role} {id}; the key is shown once:", err=True)
    typer.echo(key)


@users_app.command("list")
def users_list(
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per line instead of a table")] = False,
) -> None:
    """List principals: id, role, org, keys in force and when the last expires (never a key)."""
    from gatekeeper.service.principals import list_principals

    ctx = _ctx(create=False)
    try:
        with ctx.db.engine.connect() as conn:
            rows = list_principals(conn)
    finally:
        ctx.close()
    if as_json:
        for r in rows:
            expires = r.expires_at.isoformat() if r.expires_at else None
            row = {"id": r.id, "role": r.role, "org": r.org, "keys_in_force": r.keys_in_force, "expires_at": expires}
            typer.echo(json.dumps(row))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "role", "org", "keys in force", "expires")
    for r in rows:
        expires = r.expires_at.date().isoformat() if r.expires_at else ""
        table.add_row(r.id, r.role, r.org or "", str(r.keys_in_force), expires)
    Console().print(table)


@users_app.command("revoke")
def users_revoke(id: Annotated[str, typer.Option("--id")]) -> None:
    """Revoke every key of a principal."""
    from gatekeeper.errors import GatekeeperError
    from gatekeeper.service.principals import revoke_keys

    ctx = _ctx()
    try:
        with ctx.db.engine.begin() as conn:
            n = revoke_keys(conn, id)
    except GatekeeperError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from None
    finally:
        ctx.close()
    typer.echo(f"revoked {n} key(s)")


@app.command()
def check(file: Annotated[str, typer.Argument(help="JSON or JSONL file of requests, or - for stdin")]) -> None:
    """Decide each request offline, one Decision per line. Exit 2 if any line was bad."""
    from gatekeeper.offline import check_stream

    settings = _settings()
    _require_policy_dir(settings)
    try:
        stream = sys.stdin if file == "-" else open(file, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        typer.echo(f"error: cannot read {file}: {exc.strerror}", err=True)
        raise typer.Exit(2) from None
    with stream:
        bad = check_stream(Path(settings.policy_dir), stream, sys.stdout)
    raise typer.Exit(2 if bad else 0)


@audit_app.command("verify")
def audit_verify() -> None:
    """Recompute the whole log in the configured database: exit 0 intact, 1 with the first bad index."""
    from rich.progress import Progress

    from gatekeeper.auditlog import store
    from gatekeeper.service.auditing import verify

    ctx = _ctx(create=False)
    try:
        with ctx.db.engine.connect() as conn:
            empty = store.never_written(conn)
        if empty:
            typer.echo("the log is empty: nothing to verify", err=True)
            typer.echo(json.dumps({"ok": True, "size": 0}))
            raise typer.Exit(0)
        with Progress(transient=True, console=_stderr_console()) as bar:
            task = bar.add_task("verifying", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total or None)

            report = verify(ctx, progress)
    finally:
        ctx.close()
    _print_report(report)


@audit_app.command("export")
def audit_export(file: Annotated[Path, typer.Argument(help="where to write the JSONL export")]) -> None:
    """Write entries and signed checkpoints as JSONL."""
    from rich.progress import Progress

    from gatekeeper.auditlog import store
    from gatekeeper.service.auditing import export_lines

    ctx = _ctx(create=False)
    n = 0
    try:
        with ctx.db.engine.connect() as conn:
            size, _ = store.head(conn)
            checkpoints = store.count_checkpoints(conn, size)
        total = 1 + size + checkpoints  # the header, every entry, every checkpoint up to the head
        with (
            open(file, "w", encoding="utf-8") as f,
            Progress(*_bar_columns("exporting"), transient=True, console=_stderr_console()) as bar,
        ):
            task = bar.add_task("exporting", total=total)
            for line in export_lines(ctx):
                f.write(line + "\n")
                n += 1
                if n % 512 == 0:
                    bar.update(task, completed=min(n, total))
            bar.update(task, completed=total)
    except OSError as exc:
        raise _fail(f"cannot write {file}: {exc.strerror}") from None
    finally:
        ctx.close()
    typer.echo(f"wrote {n} lines to {file}", err=True)


@audit_app.command("public-key")
def audit_public_key() -> None:
    """Print the log's checkpoint verifier key (signed-note vkey)."""
    from gatekeeper.service.keys import log_signer

    settings = _settings()
    _require_signing_key(settings)
    typer.echo(log_signer(settings).vkey)


@audit_app.command("verify-export")
def audit_verify_export(
    file: Annotated[Path, typer.Argument(help="an export written by `gatekeeper audit export`")],
    public_key: Annotated[str, typer.Option("--public-key", help="the log's vkey, or a file holding it")],
    trusted_checkpoint: Annotated[Path | None, typer.Option(help="a signed checkpoint the board kept earlier")] = None,
) -> None:
    """Verify an export offline: no database, no service."""
    from rich.progress import Progress

    from audit.verify import verify_export

    vkey = _read_key(public_key)
    trusted = trusted_checkpoint.read_text(encoding="utf-8") if trusted_checkpoint else None
    try:
        f = open(file, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        typer.echo(f"error: cannot read {file}: {exc.strerror}", err=True)
        raise typer.Exit(2) from None
    with f, Progress(transient=True, console=_stderr_console()) as bar:
        task = bar.add_task("verifying", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None)

        report = verify_export(f, vkey, trusted_checkpoint=trusted, progress=progress)
    _print_report(report)


@audit_app.command("verifier-page")
def audit_verifier_page(
    file: Annotated[Path, typer.Argument(help="where to write the page (one self-contained .html file)")],
    public_key: Annotated[
        str | None, typer.Option("--public-key", help="a vkey (or a file holding it) to fill in; default: none")
    ] = None,
) -> None:
    """Write the offline verifier page: the board checks an export in a browser, nothing installed.
    The witnesses of policies/audit/witnesses.yaml are filled in, so the page can say whether the
    latest checkpoint is witnessed."""
    from audit.verifier_page import write_page
    from gatekeeper.errors import GatekeeperError
    from gatekeeper.service.witnessing import load_witness_policy

    try:
        policy = load_witness_policy(Path(_settings().policy_dir))
    except GatekeeperError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    try:
        write_page(
            file, _read_key(public_key) if public_key else None, [w.vkey for w in policy.witnesses], policy.required
        )
    except OSError as exc:
        typer.echo(f"error: cannot write {file}: {exc.strerror}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {file}", err=True)


@audit_app.command("witness")
def audit_witness(
    only: Annotated[
        list[str] | None, typer.Option("--witness", help="only this witness (by name); default: all in the policy")
    ] = None,
) -> None:
    """Send the latest checkpoint to each witness in policies/audit/witnesses.yaml (C2SP tlog-witness
    add-checkpoint, with a consistency proof) and store the cosignatures they return."""
    import httpx

    from gatekeeper.errors import GatekeeperError
    from gatekeeper.service.witnessing import Answer, load_witness_policy, submit_latest

    ctx = _ctx()
    try:
        try:
            policy = load_witness_policy(ctx.gate.policy_dir)
        except GatekeeperError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        chosen = [w for w in policy.witnesses if not only or w.name in only]
        if not chosen:
            typer.echo("error: no witness to ask (see policies/audit/witnesses.yaml)", err=True)
            raise typer.Exit(2)
        failed = False
        with httpx.Client(timeout=30) as client:

            def post(url: str, body: bytes) -> Answer:
                r = client.post(url, content=body)
                return Answer(r.status_code, r.headers.get("content-type", ""), r.text)

            for w in chosen:
                try:
                    out = submit_latest(ctx, w, post)
                except httpx.HTTPError as exc:
                    typer.echo(json.dumps({"witness": w.name, "ok": False, "problem": f"unreachable: {exc}"}))
                    failed = True
                    continue
                except GatekeeperError as exc:  # e.g. no checkpoint yet: nothing to witness
                    typer.echo(f"error: {exc}", err=True)
                    raise typer.Exit(2) from None
                failed = failed or not out.ok
                typer.echo(
                    json.dumps(
                        {
                            "witness": out.witness,
                            "ok": out.ok,
                            "old_size": out.old_size,
                            "size": out.size,
                            "problem": out.problem,
                        }
                    )
                )
    finally:
        ctx.close()
    raise typer.Exit(1 if failed else 0)


_PASS_THROUGH: dict[str, Any] = {"allow_extra_args": True, "ignore_unknown_options": True}


@audit_app.command("witness-serve", context_settings=_PASS_THROUGH, add_help_option=False)
def audit_witness_serve(ctx: typer.Context) -> None:
    """Run a witness of your own (C2SP tlog-witness add-checkpoint); the same command as
    `python -m audit witness-serve --key K --log-vkey V --state DIR [--host H] [--port P]`."""
    from audit.__main__ import main

    raise typer.Exit(main(["witness-serve", *ctx.args]))


@audit_app.command("witness-keygen", context_settings=_PASS_THROUGH, add_help_option=False)
def audit_witness_keygen(ctx: typer.Context) -> None:
    """Make a witness key and print its vkey for policies/audit/witnesses.yaml; the same command as
    `python -m audit witness-keygen NAME [--out FILE]`."""
    from audit.__main__ import main

    raise typer.Exit(main(["witness-keygen", *ctx.args]))


def _read_key(value: str) -> str:
    p = Path(value)
    if "+" not in value and p.exists():
        return p.read_text(encoding="utf-8").strip()
    return value.strip()


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _bar_columns(label: str) -> list[Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, TaskProgressColumn, TextColumn, TimeRemainingColumn

    return [TextColumn(label), BarColumn(), TaskProgressColumn(), MofNCompleteColumn(), TimeRemainingColumn()]


def _print_report(report: Any) -> None:
    if report.ok:
        typer.echo(json.dumps({"ok": True, "size": report.size}))
        raise typer.Exit(0)
    typer.echo(
        json.dumps(
            {
                "ok": False,
                "size": report.size,
                "first_bad_index": report.first_bad_index,
                "problems": report.problems[:20],
            }
        )
    )
    if report.first_bad_index is not None:
        typer.echo(f"first bad index: {report.first_bad_index}", err=True)
    raise typer.Exit(1)


# -- retention, replay and policy governance --------------------------------------------------

retention_app = typer.Typer(no_args_is_help=True, help="Retention of report bodies (RULES.md section 7).")
policy_app = typer.Typer(no_args_is_help=True, help="Policy checks and two-person policy changes.")
app.add_typer(retention_app, name="retention")
app.add_typer(policy_app, name="policy")


@retention_app.command("run")
def retention_run(
    now: Annotated[str | None, typer.Option(help="ISO time to judge ages against (default: now)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="list what would be destroyed; change nothing")] = False,
) -> None:
    """Destroy report bodies past the retention period and any that fail today's rules (each an audit entry)."""
    from gatekeeper.errors import GatekeeperError
    from gatekeeper.service.retention import parse_now, run_retention

    try:
        when = parse_now(now)
    except ValueError:
        typer.echo("error: --now must be an ISO 8601 time, e.g. 2031-01-01T00:00:00Z", err=True)
        raise typer.Exit(2) from None
    from rich.progress import Progress

    ctx = _ctx()
    try:
        with Progress(*_bar_columns("destroying"), transient=True, console=_stderr_console()) as bar:
            task = bar.add_task("retention", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = run_retention(ctx, now=when, dry_run=dry_run, progress=progress)
    except GatekeeperError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from None
    finally:
        ctx.close()
    typer.echo(json.dumps(report.to_dict()))


@app.command()
def replay(
    file: Annotated[Path, typer.Argument(help="CSV or JSONL of past disclosures")],
    format: Annotated[str | None, typer.Option("--format", help="csv or jsonl (default: from the file name)")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="write per-record JSONL here instead of stdout")] = None,
    policy: Annotated[Path | None, typer.Option(help="policy folder (default: GATEKEEPER_POLICY_DIR)")] = None,
) -> None:
    """Run past disclosures through today's policy: nothing is released or stored. Exit 2 if a record was bad."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from gatekeeper.core.engine import Gate
    from gatekeeper.service.replay import (
        ReplayInputError,
        ReplaySummary,
        detect_format,
        read_records,
        replay_one,
        summary_tables,
    )

    try:
        fmt = detect_format(file.name, format)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"error: cannot read {file}: {type(exc).__name__}", err=True)
        raise typer.Exit(2) from None
    try:
        gate = Gate.load(policy or Path(_settings().policy_dir))
    except Exception as exc:
        typer.echo(f"error: the policy could not be loaded: {exc}", err=True)
        raise typer.Exit(2) from None
    import io

    try:
        items = list(read_records(io.StringIO(text), fmt))
    except ReplayInputError as exc:
        raise _fail(f"{file.name}: {exc}") from None
    summary = ReplaySummary(gate.version)
    console = Console(stderr=True)
    sink = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    try:
        with Progress(
            TextColumn("replaying"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        ) as bar:
            task = bar.add_task("replay", total=len(items))
            for i, (index, item) in enumerate(items, 1):
                rec = replay_one(gate, index, item)
                summary.add(rec)
                if "error" in rec:
                    console.print(f"record {index}: invalid_request: {rec['error']['message']}", markup=False)
                sink.write(json.dumps(rec) + "\n")
                if i % 256 == 0 or i == len(items):
                    bar.update(task, completed=i)
    finally:
        if out:
            sink.close()
    for table in summary_tables(summary):
        console.print(table)
    if out:
        typer.echo(json.dumps(summary.to_dict()))
    raise typer.Exit(2 if summary.errors else 0)


@policy_app.command("check")
def policy_check(
    directory: Annotated[Path | None, typer.Argument(help="policy folder (default: GATEKEEPER_POLICY_DIR)")] = None,
    tests: Annotated[bool, typer.Option(help="also run the policy table tests (tests/policy)")] = True,
) -> None:
    """Validate the policy files (exit 1 with the problem), then run the policy table tests if present."""
    import os
    import subprocess

    from gatekeeper.service.governance import validate_dir

    d = directory or Path(_settings().policy_dir)
    try:
        gate = validate_dir(d)
    except Exception as exc:
        from gatekeeper.service.governance import _problem_text

        typer.echo(f"error: the policy in {d} is invalid: {_problem_text(exc)}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"policy ok: version {gate.version}")
    root = Path(__file__).resolve().parent.parent
    suite = root / "tests" / "policy"
    if not tests or not suite.is_dir():
        raise typer.Exit(0)
    if d.resolve() != (root / "policies").resolve():
        typer.echo("policy tests skipped: tests/policy checks the repository's policies/ folder, not this one")
        raise typer.Exit(0)
    env = dict(os.environ, GATEKEEPER_POLICY_DIR=str(d.resolve()))
    proc = subprocess.run(  # noqa: S603 - our own interpreter and test folder
        [sys.executable, "-m", "pytest", str(suite), "-q", "-p", "no:cacheprovider"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    typer.echo(f"policy tests: {lines[-1] if lines else 'no output'}")
    if proc.returncode != 0:
        typer.echo(proc.stdout[-4000:], err=True)
        raise typer.Exit(1)


@policy_app.command("propose")
def policy_propose(
    directory: Annotated[Path, typer.Argument(help="a folder of policy files: a full bundle or an overlay")],
    by: Annotated[str, typer.Option("--by", help="the proposing policy_admin's principal id")],
) -> None:
    """Propose the files in DIR as a policy change (a second policy_admin must approve it)."""
    from gatekeeper.errors import GatekeeperError
    from gatekeeper.service import governance
    from gatekeeper.service.policy import read_bundle

    if not directory.is_dir():
        typer.echo(f"error: {directory} is not a folder", err=True)
        raise typer.Exit(2)
    ctx = _ctx()
    try:
        view = governance.propose(ctx, governance.principal_by_id(ctx, by), read_bundle(directory))
    except GatekeeperError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from None
    finally:
        ctx.close()
    typer.echo(json.dumps(view.model_dump(mode="json", exclude_unset=True)))


@policy_app.command("approve")
def policy_approve(
    proposal_id: Annotated[str, typer.Argument(help="the proposal id")],
    by: Annotated[str, typer.Option("--by", help="the approving policy_admin (not the proposer)")],
) -> None:
    """Approve and activate a proposed policy change (running services pick it up within a second)."""
    from gatekeeper.errors import GatekeeperError
    from gatekeeper.service import governance

    ctx = _ctx()
    try:
        view = governance.approve(ctx, governance.principal_by_id(ctx, by), proposal_id)
    except GatekeeperError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from None
    finally:
        ctx.close()
    typer.echo(json.dumps(view.model_dump(mode="json", exclude_unset=True)))


def main() -> None:
    """Run a command; every failure is one line on stderr, and a failed command leaves behind
    nothing it created (exit 2: usage or environment, 1: a finding such as a broken log)."""
    from typer.exceptions import TyperException

    code = 0
    try:
        rv = app(standalone_mode=False)
        code = rv if isinstance(rv, int) else 0
    except typer.Exit as exc:
        code = exc.exit_code
    except TyperException as exc:  # usage errors: a missing option, an unknown command
        ctx = getattr(exc, "ctx", None)
        hint = f" (see {ctx.command_path} --help)" if ctx is not None else ""
        if exc.format_message():  # empty when the help was printed for a bare command
            typer.echo(f"error: {exc.format_message()}{hint}", err=True)
        code = 2
    except SystemExit as exc:  # uvicorn exits this way when it cannot start
        code = exc.code if isinstance(exc.code, int) else 1
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("error: interrupted", err=True)
        code = 130
    except Exception as exc:
        typer.echo(f"error: {_one_line(exc)}", err=True)
        code = 2
    if code:
        _CREATED.undo()
    sys.exit(code)


def _one_line(exc: BaseException) -> str:
    """An unexpected failure as one line. Exception texts here name files, settings and
    SQL errors by kind; the SQL statement and its parameters (which may hold input) are left out."""
    from sqlalchemy.exc import SQLAlchemyError

    from gatekeeper.errors import GatekeeperError

    if isinstance(exc, GatekeeperError):
        return exc.message
    if isinstance(exc, SQLAlchemyError):
        return f"the database failed ({type(exc).__name__})"
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}{where}"
    first = (str(exc).splitlines() or [""])[0][:300]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


if __name__ == "__main__":
    main()
