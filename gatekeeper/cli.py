"""The `gatekeeper` command (CONTRACT.md): serve, users, check, audit, and the district's chores."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from gatekeeper.settings import Settings

app = typer.Typer(no_args_is_help=True, add_completion=False, help="gatekeeper: the school-to-police gate.")
users_app = typer.Typer(no_args_is_help=True, help="Principals and their API keys.")
audit_app = typer.Typer(no_args_is_help=True, help="The tamper-evident audit log.")
app.add_typer(users_app, name="users")
app.add_typer(audit_app, name="audit")


def _settings() -> Settings:
    try:
        return Settings()
    except Exception as exc:
        typer.echo(f"error: invalid settings: {exc}", err=True)
        raise typer.Exit(2) from None


def _ctx(settings: Settings | None = None) -> Any:
    from gatekeeper.context import build_context
    from gatekeeper.errors import GatekeeperError

    try:
        return build_context(settings or _settings())
    except GatekeeperError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
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

    from gatekeeper.service.auditing import verify

    ctx = _ctx()
    try:
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

    ctx = _ctx()
    n = 0
    try:
        with ctx.db.engine.connect() as conn:
            size, _ = store.head(conn)
        with (
            open(file, "w", encoding="utf-8") as f,
            Progress(transient=True, console=_stderr_console()) as bar,
        ):
            task = bar.add_task("exporting", total=size or None)
            for line in export_lines(ctx):
                f.write(line + "\n")
                n += 1
                if n % 1000 == 0:
                    bar.update(task, completed=min(n, size))
    except OSError as exc:
        typer.echo(f"error: cannot write {file}: {exc.strerror}", err=True)
        raise typer.Exit(2) from None
    finally:
        ctx.close()
    typer.echo(f"wrote {n} lines to {file}", err=True)


@audit_app.command("public-key")
def audit_public_key() -> None:
    """Print the log's checkpoint verifier key (signed-note vkey)."""
    from gatekeeper.service.keys import log_signer

    typer.echo(log_signer(_settings()).vkey)


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
        write_page(file, _read_key(public_key) if public_key else None,
                   [w.vkey for w in policy.witnesses], policy.required)
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
                typer.echo(json.dumps({"witness": out.witness, "ok": out.ok, "old_size": out.old_size,
                                       "size": out.size, "problem": out.problem}))
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
    ctx = _ctx()
    try:
        report = run_retention(ctx, now=when, dry_run=dry_run)
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
    from gatekeeper.service.replay import ReplaySummary, detect_format, read_records, replay_one, summary_tables

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

    items = list(read_records(io.StringIO(text), fmt))
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
    typer.echo(json.dumps(view))


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
    typer.echo(json.dumps(view))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
