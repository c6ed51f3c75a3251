"""``python -m audit verify-export FILE --public-key VKEY [--trusted-checkpoint FILE]``
and ``python -m audit verifier-page FILE [--public-key VKEY]``."""

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
    args = parser.parse_args(argv)

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


if __name__ == "__main__":
    sys.exit(main())
