"""Loading the log's signing key from disk or the environment."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from audit.note import NoteError, Signer, generate_signer


class KeyFileError(RuntimeError):
    """The key file is unsafe, unreadable or malformed."""


def signer_from_env_value(skey: str) -> Signer:
    """Parse an skey string taken from an environment variable or secret store."""
    try:
        return Signer.from_skey(skey.strip())
    except NoteError as exc:
        raise KeyFileError(f"signing key value is not a valid skey: {exc}") from exc


def load_or_create_signer(path: Path, name: str) -> Signer:
    """Load the skey at ``path``, creating it (0600 in a 0700 dir) on first use.

    Refuses a file that group or others can read or write: a leaked log key
    lets anyone sign a forged history, so failing loudly is the safe choice.
    """
    path = Path(path)
    if not path.exists():
        return create_key_file(path, name)
    signer = load_signer(path)
    if signer.name != name:
        raise KeyFileError(f"{path} holds a key for {signer.name!r}, expected {name!r}")
    return signer


def create_key_file(path: Path, name: str) -> Signer:
    """A fresh key for ``name`` written to ``path`` (0600); never overwrites an existing file."""
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    signer = generate_signer(name)
    # O_EXCL: never clobber a key another process (or an earlier keygen) created.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError(f"{path} already exists; refusing to overwrite a key") from None
    with os.fdopen(fd, "w") as fh:
        fh.write(signer.skey + "\n")
    return signer


def load_signer(path: Path) -> Signer:
    """The skey at ``path``, refusing a file that group or others can read or write."""
    path = Path(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        # Windows reports no real group/other bits (its ACLs decide), so the check means nothing there.
        if os.name == "posix" and mode & 0o077:
            raise KeyFileError(
                f"{path} has mode {mode:04o}; a signing key must be readable by its owner only "
                f"(run: chmod 600 {path})"
            )
        return signer_from_env_value(path.read_text())
    except OSError as exc:
        raise KeyFileError(f"cannot read {path}: {exc.strerror}") from None
