"""``python -m audit verify-export FILE --public-key VKEY [--trusted-checkpoint FILE]``,
``python -m audit verifier-page FILE [--public-key VKEY]``, and a witness of one's own:
``python -m audit witness-keygen NAME`` and ``python -m audit witness-serve``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from audit.verify import Progress, verify_export


def _key_arg(value: str) -> str:
    # Accept the vkey itself or a file holding it, so it never has to be typed.
    path = Path(value)
    return path.read_text().strip() if path.is_file() else value.strip()


def _progress(start: float) -> Progress:
    def report(done: int, total: int) -> None:
        pct = f"{100 * done / total:5.1f}%" if total else ""
        sys.stderr.write(f"\r  {done:,} / {total:,} entries {pct}  {time.monotonic() - start:6.1f}s")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audit", description="Offline audit-log tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    ve = sub.add_parser("verify-export", help="verify a gatekeeper audit export")
    ve.add_argument("file", type=Path)
    ve.add_argument("--public-key", required=True, help="log vkey, or a file containing it")
    ve.add_argument("--trusted-checkpoint", type=Path, help="a signed checkpoint you kept earlier")
    ve.add_argument("--quiet", action="store_true", help="no progress output")
    vp = sub.add_parser("verifier-page", help="write the offline verifier page (one HTML file)")
    vp.add_argument("file", type=Path)
    vp.add_argument("--public-key", help="log vkey (or a file containing it) to fill in")
    wk = sub.add_parser("witness-keygen", help="make a witness key; prints the vkey for witnesses.yaml")
    wk.add_argument("name", help="the witness's name, e.g. oversight-board.boston.example/witness")
    wk.add_argument("--out", type=Path, default=Path("witness.skey"), help="where to write the secret key")
    ws = sub.add_parser("witness-serve", help="run a C2SP tlog-witness for the log (POST /add-checkpoint)")
    ws.add_argument("--key", type=Path, required=True, help="the witness's skey (from witness-keygen)")
    ws.add_argument("--log-vkey", required=True, help="the log's vkey, or a file containing it")
    ws.add_argument("--state", type=Path, required=True, help="directory keeping the last cosigned checkpoint")
    ws.add_argument("--origin", help="the log's origin line (default: its vkey's name)")
    ws.add_argument("--host", default="127.0.0.1")
    ws.add_argument("--port", type=int, default=8787, help="0 picks a free port (printed at start)")
    args = parser.parse_args(argv)

    if args.command in ("witness-keygen", "witness-serve"):
        return _witness(args)

    if args.command == "verifier-page":
        from audit.verifier_page import write_page

        write_page(args.file, _key_arg(args.public_key) if args.public_key else None)
        print(f"wrote {args.file}")
        return 0
    trusted = args.trusted_checkpoint.read_text() if args.trusted_checkpoint else None
    progress = None if args.quiet else _progress(time.monotonic())
    with args.file.open(encoding="utf-8") as fh:
        report = verify_export(fh, _key_arg(args.public_key), trusted, progress)
    if report.ok:
        print(f"OK: {report.size} entries, {report.checkpoints_verified} signed checkpoint(s) match")
        return 0
    where = "" if report.first_bad_index is None else f" (first bad index: {report.first_bad_index})"
    print(f"FAILED{where}")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1


def _witness(args: argparse.Namespace) -> int:
    from audit.keys import KeyFileError
    from audit.note import NoteError
    from audit.witness_server import WitnessStateError, keygen, serve

    try:
        if args.command == "witness-keygen":
            vkey = keygen(args.name, args.out)
            print(vkey)
            print(f"wrote the secret key to {args.out}; give the district this entry for "
                  f"policies/audit/witnesses.yaml:\n  - name: {args.name}\n    vkey: {vkey}\n"
                  f"    url: <where your witness is reachable>", file=sys.stderr)
            return 0
        serve(args.key, _key_arg(args.log_vkey), args.state, args.host, args.port, args.origin)
        return 0
    except (KeyFileError, NoteError, WitnessStateError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
