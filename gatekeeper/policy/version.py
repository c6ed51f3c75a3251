"""The policy version: a hash over every policy file, so each decision names the policy that made it."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path


def _skipped(name: str) -> bool:
    return name.startswith(".") or name == "__pycache__"


def read_policy_tree(policy_dir: Path) -> dict[str, bytes]:
    """Every regular file under ``policy_dir`` (recursively) by relative POSIX path, sorted.

    Dotfiles, dot-directories and ``__pycache__`` are ignored; so are symlinks and other
    non-regular files (the engine never reads them, so they cannot change a decision).
    Raises ``FileNotFoundError``/``NotADirectoryError`` when ``policy_dir`` is not a directory.
    """
    root = Path(policy_dir)
    if not root.is_dir():
        if not root.exists():
            raise FileNotFoundError(f"policy directory not found: {root.name}")
        raise NotADirectoryError(f"policy path is not a directory: {root.name}")
    out: dict[str, bytes] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not _skipped(d))
        for name in filenames:
            if _skipped(name):
                continue
            full = Path(dirpath) / name
            st = full.lstat()
            if not stat.S_ISREG(st.st_mode):
                continue
            rel = full.relative_to(root).as_posix()
            out[rel] = full.read_bytes()
    return dict(sorted(out.items()))


def version_of(files: dict[str, bytes]) -> str:
    """sha256 over the files sorted by path, each as len-prefixed path then len-prefixed bytes
    (lengths as 8-byte big-endian unsigned integers; paths UTF-8)."""
    h = hashlib.sha256()
    for rel in sorted(files):
        p = rel.encode("utf-8")
        data = files[rel]
        h.update(len(p).to_bytes(8, "big"))
        h.update(p)
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def policy_version(policy_dir: Path) -> str:
    """Hex sha256 over all regular files under ``policy_dir`` (see :func:`version_of`)."""
    return version_of(read_policy_tree(policy_dir))
