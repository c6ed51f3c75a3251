"""Secrets the service keeps outside the database: the log's signing key and the pseudonym key."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
import unicodedata
from pathlib import Path

from audit.keys import load_or_create_signer, signer_from_env_value
from audit.note import Signer
from gatekeeper.settings import Settings


def log_signer(settings: Settings) -> Signer:
    if settings.signing_key is not None:
        return signer_from_env_value(settings.signing_key.get_secret_value())
    return load_or_create_signer(settings.data_dir / "log-signing.skey", settings.log_origin)


def _load_or_create_secret(path: Path) -> bytes:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise PermissionError(f"{path} must be readable by its owner only (chmod 600)") from None
        return bytes.fromhex(path.read_text().strip())
    with os.fdopen(fd, "w") as f:
        f.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


class Pseudonymizer:
    """A keyed pseudonym of a student id: stable for the board's counts and a parent's view,
    useless to anyone without the key (RULES.md section 6: never the raw id)."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def from_settings(cls, settings: Settings) -> Pseudonymizer:
        if settings.pseudonym_key is not None:
            return cls(hashlib.sha256(settings.pseudonym_key.get_secret_value().encode()).digest())
        return cls(_load_or_create_secret(settings.data_dir / "pseudonym.key"))

    def student(self, student_id: object) -> str | None:
        if student_id is None:
            return None
        sid = unicodedata.normalize("NFKC", str(student_id)).strip().casefold()
        if not sid:
            return None
        return hmac.new(self._key, b"student\0" + sid.encode(), hashlib.sha256).hexdigest()[:32]

    def fingerprint(self, data: bytes) -> str:
        return hmac.new(self._key, b"fingerprint\0" + data, hashlib.sha256).hexdigest()
