"""The two checks every outsider round's tests make, in one place: a statement withheld as one
marker, a fact kept."""

from __future__ import annotations

from gatekeeper.redact import MARKER, Redactor

PATH = "incident.description"


def assert_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out
    assert f"{MARKER}{MARKER}" not in out, out  # neighbouring withheld pieces are one marker


def assert_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    out, _ = redactor.redact_text(text, PATH)
    for k in kept:
        assert k in out, out
