"""The offline verifier page: one HTML file the oversight board opens in a browser.

It runs the checks of :mod:`audit.verify` in JavaScript (same order, same messages), with Web
Crypto for every Ed25519 signature, and never touches the network (its Content-Security-Policy
forbids any connection). The page is package data; this module only fills in an optional key.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

_TEMPLATE = "verifier_page.html"
_VKEY_SLOT = "__PREFILL_VKEY__"
_WITNESSES_SLOT = "__PREFILL_WITNESSES__"
_REQUIRED_SLOT = "__PREFILL_REQUIRED__"


def page_html(vkey: str | None = None, witness_vkeys: Sequence[str] = (), required: int = 1) -> str:
    """The page, with the log's ``vkey`` and the witnesses' cosignature/v1 keys (and how many must
    have cosigned) already filled in when given; the board can still replace any of them."""
    if required < 1:
        raise ValueError("required must be at least 1")
    text = resources.files("audit").joinpath(_TEMPLATE).read_text(encoding="utf-8")
    witnesses = "\n".join(html.escape(v.strip(), quote=True) for v in witness_vkeys)
    return (
        text.replace(_VKEY_SLOT, html.escape(vkey.strip(), quote=True) if vkey else "")
        .replace(_WITNESSES_SLOT, witnesses)
        .replace(_REQUIRED_SLOT, str(required))
    )


def write_page(path: Path, vkey: str | None = None, witness_vkeys: Sequence[str] = (), required: int = 1) -> None:
    path.write_text(page_html(vkey, witness_vkeys, required), encoding="utf-8")
