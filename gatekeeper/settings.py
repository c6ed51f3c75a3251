"""Runtime settings, read from the environment with the GATEKEEPER_ prefix. No import-time globals."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Settings that hold a secret may instead name a file holding it (GATEKEEPER_SIGNING_KEY_FILE=
# /run/secrets/...), the convention Docker and Kubernetes secrets follow, so a secret never has to
# sit in the environment where `docker inspect` and /proc/*/environ show it.
_FILE_SETTINGS = ("database_url", "signing_key", "pseudonym_key", "metrics_token")


def packaged_policy_dir() -> Path:
    """The reviewed policies/ folder shipped inside the package (a symlink to the repository's
    policies/ in a checkout, a copy in a wheel), resolved to a real folder."""
    return Path(str(files("gatekeeper").joinpath("_data", "policies"))).resolve()


def packaged_demo_requests() -> Path:
    """Sample requests (JSONL, from the public sample corpus) for `gatekeeper serve --demo`."""
    return Path(str(files("gatekeeper").joinpath("_data", "demo-requests.jsonl")))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEKEEPER_", extra="ignore")

    database_url: str = "sqlite:///gatekeeper.db"
    # The policies shipped with the package unless a deployment points GATEKEEPER_POLICY_DIR at
    # its own reviewed copy; either way the policy version is the hash of what is loaded.
    policy_dir: Path = Field(default_factory=packaged_policy_dir)
    data_dir: Path = Path("gatekeeper-data")
    log_origin: str = "gatekeeper.bostonpublicschools.example/audit"
    # A signed-note skey ("PRIVATE+KEY+..."): replicas share the log's key through a secret
    # instead of each creating its own file.
    signing_key: SecretStr | None = None
    pseudonym_key: SecretStr | None = None
    # A bearer token for a scraper to read /metrics with its content series (decisions by
    # reason, withheld by category); a board key reads them too. Without either, /metrics shows
    # only series that say nothing about one request's content.
    metrics_token: SecretStr | None = None
    database_url_file: Path | None = None
    signing_key_file: Path | None = None
    pseudonym_key_file: Path | None = None
    metrics_token_file: Path | None = None
    max_body_bytes: int = 256 * 1024
    # Seconds a connection has to send a request's headers (slowloris defence; gatekeeper/api/server.py).
    header_timeout_seconds: float = 10.0
    group_commit_max: int = 512
    checkpoint_interval_seconds: float = 1.0
    cookie_secure: bool = False
    session_max_age_seconds: int = 8 * 3600
    policy_poll_seconds: float = 0.5
    log_json: bool = True

    @model_validator(mode="before")
    @classmethod
    def _secrets_from_files(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for name in _FILE_SETTINGS:
            path = data.get(f"{name}_file")
            if path in (None, ""):
                continue
            if data.get(name) not in (None, ""):
                raise ValueError(f"set GATEKEEPER_{name.upper()} or GATEKEEPER_{name.upper()}_FILE, not both")
            try:
                value = Path(path).read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or type(exc).__name__
                raise ValueError(f"GATEKEEPER_{name.upper()}_FILE cannot be read: {reason}") from None
            if not value:
                raise ValueError(f"GATEKEEPER_{name.upper()}_FILE is empty")
            data[name] = value
        return data

    @field_validator("database_url")
    @classmethod
    def _known_engine(cls, v: str) -> str:
        if not (v.startswith("sqlite:") or v.startswith("postgresql:") or v.startswith("postgresql+")):
            raise ValueError("GATEKEEPER_DATABASE_URL must start with sqlite:/// or postgresql://")
        return v

    @property
    def is_postgres(self) -> bool:
        return self.database_url.startswith("postgresql")
