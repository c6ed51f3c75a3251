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

    settings = _settings()
    ctx = _ctx(settings)
    if demo:
        from gatekeeper.demo import seed_demo

        seed_demo(ctx, echo=typer.echo)
    application = create_app(settings, ctx)

    @application.on_event("startup")
    async def _threads() -> None:  # pragma: no cover - sizing only
        anyio.to_thread.current_default_thread_limiter().total_tokens = workers

    typer.echo(f"gatekeeper listening on http://{host}:{port} (policy {ctx.gate.version[:12]})", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False)


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
    from gatekeeper.service.principals import add_principal

    ctx = _ctx()
    try:
        pseudonym = ctx.pseudonyms.student(student) if student else None
        with ctx.db.engine.begin() as conn:
            key = add_principal(conn, id, role, org, pseudonym, expires_days)
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
    from gatekeeper.service.auditing import export_lines

    ctx = _ctx()
    n = 0
    try:
        with open(file, "w", encoding="utf-8") as f:
            for line in export_lines(ctx):
                f.write(line + "\n")
                n += 1
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
