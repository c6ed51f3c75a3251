"""Runtime settings, read from the environment with the GATEKEEPER_ prefix. No import-time globals."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# An editable install (the README's way) keeps policies/ beside the package; a deployed image
# sets GATEKEEPER_POLICY_DIR explicitly.
_DEFAULT_POLICY_DIR = Path(__file__).resolve().parent.parent / "policies"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEKEEPER_", extra="ignore")

    database_url: str = "sqlite:///gatekeeper.db"
    policy_dir: Path = _DEFAULT_POLICY_DIR
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
    max_body_bytes: int = 256 * 1024
    # Seconds a connection has to send a request's headers (slowloris defence; gatekeeper/api/server.py).
    header_timeout_seconds: float = 10.0
    group_commit_max: int = 512
    checkpoint_interval_seconds: float = 1.0
    cookie_secure: bool = False
    session_max_age_seconds: int = 8 * 3600
    policy_poll_seconds: float = 0.5
    log_json: bool = True

    @field_validator("database_url")
    @classmethod
    def _known_engine(cls, v: str) -> str:
        if not (v.startswith("sqlite:") or v.startswith("postgresql:") or v.startswith("postgresql+")):
            raise ValueError("GATEKEEPER_DATABASE_URL must start with sqlite:/// or postgresql://")
        return v

    @property
    def is_postgres(self) -> bool:
        return self.database_url.startswith("postgresql")
