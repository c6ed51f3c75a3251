"""The offline verifier page: one HTML file the oversight board opens in a browser.

It runs the checks of :mod:`audit.verify` in JavaScript (same order, same messages), with Web
Crypto for every Ed25519 signature, and never touches the network (its Content-Security-Policy
forbids any connection). The page is package data; this module only fills in an optional key.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path

_TEMPLATE = "verifier_page.html"
_VKEY_SLOT = "__PREFILL_VKEY__"


def page_html(vkey: str | None = None) -> str:
    """The page, with ``vkey`` already filled in when given (the board can still replace it)."""
    text = resources.files("audit").joinpath(_TEMPLATE).read_text(encoding="utf-8")
    return text.replace(_VKEY_SLOT, html.escape(vkey.strip(), quote=True) if vkey else "")


def write_page(path: Path, vkey: str | None = None) -> None:
    path.write_text(page_html(vkey), encoding="utf-8")
