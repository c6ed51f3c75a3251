"""The public transparency page offers the latest signed checkpoint (size and root only) as a file
anyone can keep; the board's page shows which witnesses cosigned it."""

from __future__ import annotations

import base64
import re
from typing import Any

import httpx

from audit.checkpoint import open_checkpoint
from audit.note import Verifier
from audit.tlog_witness import Cosignature
from gatekeeper.auditlog import cosignatures
from tests.conftest import request_factory
from tests.web.test_pages_http import _login


def _fill(live: Any, n: int) -> None:
    key = live.add_user("cp-admin", "school_admin", "BPS")
    with live.client(key) as c:
        for i in range(n):
            assert c.post("/v1/requests", json=request_factory(request_id=f"cp-{i}")).status_code == 201


def test_transparency_offers_the_checkpoint_to_keep(live_sqlite: Any) -> None:
    live = live_sqlite
    _fill(live, 2)
    page = httpx.get(live.url + "/transparency", timeout=30)
    assert page.status_code == 200
    size = re.search(r'id="checkpoint-size">(\d+)<', page.text)
    root = re.search(r'id="checkpoint-root">([A-Za-z0-9+/=]+)<', page.text)
    assert size and root and 'id="checkpoint-download"' in page.text
    assert "rewrote or deleted part of its history" in page.text

    got = httpx.get(live.url + "/transparency/checkpoint", timeout=30)
    assert got.status_code == 200 and "attachment" in got.headers["content-disposition"]
    cp = open_checkpoint(got.text, Verifier.from_vkey(live.ctx.signer.vkey), origin=live.ctx.settings.log_origin)
    assert cp.size == int(size.group(1))
    assert base64.b64encode(cp.root).decode() == root.group(1)
    # Size and root only: nothing of any entry.
    assert "cp-0" not in got.text and "cp-0" not in page.text

    api = httpx.get(live.url + "/v1/audit/checkpoint", timeout=30)  # no key
    assert api.status_code == 200 and api.json()["size"] == cp.size
    assert httpx.get(live.url + "/v1/audit/proofs/consistency?first=1", timeout=30).status_code == 401


def test_board_page_shows_cosignatures_and_whether_witnessed(live_sqlite: Any) -> None:
    live = live_sqlite
    _fill(live, 1)
    board = _login(live, live.add_user("cp-board", "oversight_board"))
    page = board.get("/board")
    assert "Not witnessed" in page.text and "No witness has cosigned" in page.text
    # A stored line from a witness the policy does not name is shown but does not count.
    size = httpx.get(live.url + "/v1/audit/checkpoint", timeout=30).json()["size"]
    payload = bytes(4) + (2**63 - 1).to_bytes(8, "big") + bytes(64)
    line = f"\u2014 stranger.example/witness {base64.b64encode(payload).decode()}\n"
    with live.ctx.db.engine.begin() as conn:
        cosignatures.store(conn, size, Cosignature.from_line(line))
    page = board.get("/board")
    assert page.status_code == 200
    assert "stranger.example/witness" in page.text and "Not witnessed" in page.text
    assert "9223372036854775807 (seconds since 1970)" in page.text  # far-future timestamps do not break the page
