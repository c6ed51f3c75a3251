"""/metrics without a credential says nothing about one request's content (issue 10, item 3):
reading it before and after one submission must not show what that report withheld or why it
was decided as it was. The content series need the metrics token or a board key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from gatekeeper.settings import Settings
from tests.conftest import LiveServer, make_settings, request_factory, start_server

_SAMPLE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)$")
TOKEN = "metrics-token-for-tests-0123456789"


def _series(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = _SAMPLE.match(line)
        if m:
            out[m.group(1) + (m.group(2) or "")] = m.group(3)
    return out


def _content_dependent(name: str) -> bool:
    """A series that could vary with one request's withheld categories, decision or reasons."""
    return any(w in name for w in ("withheld", "category", "decision", "reason"))


@pytest.fixture
def live_metrics(database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    srv = start_server(make_settings(database_url, tmp_path, metrics_token=TOKEN))
    try:
        yield srv
    finally:
        srv.stop()


def _telling_request() -> dict[str, object]:
    req = request_factory()
    req["student"] = {**req["student"], "ethnicity": "Haitian", "immigration_status": "undocumented"}  # type: ignore[dict-item]
    req["incident"] = {
        **req["incident"],  # type: ignore[dict-item]
        "description": "The student, who speaks Haitian Creole at home, was found with a folding knife.",
    }
    return req


def test_unauthenticated_metrics_do_not_move_with_one_submissions_content(live_metrics: LiveServer) -> None:
    live = live_metrics
    key = live.add_user("admin1", "school_admin", "BPS")
    anon = httpx.Client(base_url=live.url, timeout=30)
    # One submission to warm every route's series, so the comparison below is about content.
    with live.client(key) as c:
        assert c.post("/v1/requests", json=request_factory(request_id="warm")).status_code == 201
    before = _series(anon.get("/metrics").text)
    with live.client(key) as c:
        d = c.post("/v1/requests", json=_telling_request()).json()
    assert {r["category"] for r in d["redactions"]} >= {"ethnicity", "immigration_status", "language"}
    after_text = anon.get("/metrics").text
    after = _series(after_text)

    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert not [k for k in changed if _content_dependent(k)], changed
    assert not [k for k in after if _content_dependent(k)]
    for word in ("ethnicity", "immigration_status", "language", "withheld", "reason"):
        assert word not in after_text
    # What may move says nothing about the content: requests by route and status, latency.
    assert all(k.startswith(("gatekeeper_http_requests", "gatekeeper_http_request_seconds")) for k in changed)


def test_content_metrics_need_a_credential(live_metrics: LiveServer) -> None:
    live = live_metrics
    admin = live.add_user("admin1", "school_admin", "BPS")
    board = live.add_user("board1", "oversight_board")
    liaison = live.add_user("liaison1", "police_liaison", "bpd/district-b2")
    with live.client(admin) as c:
        assert c.post("/v1/requests", json=_telling_request()).status_code == 201
    with live.client(TOKEN) as c:
        text = c.get("/metrics").text
        assert 'gatekeeper_withheld_total{category="ethnicity"}' in text
        assert "gatekeeper_decisions_total" in text and "gatekeeper_http_requests_total" in text
    with live.client(board) as c:
        assert 'gatekeeper_withheld_total{category="ethnicity"}' in c.get("/metrics").text
    # Police hold a key, but not one that reads the board's counts.
    with live.client(liaison) as c:
        r = c.get("/metrics")
        assert r.status_code == 403 and "withheld" not in r.text
    with live.client("not-the-token") as c:
        r = c.get("/metrics")
        assert r.status_code == 401 and "withheld" not in r.text
    # The board's stats keep the per-category counts.
    with live.client(board) as c:
        cats = {x["key"]: x["count"] for x in c.get("/v1/stats").json()["by"]["withheld_category"]}
        assert cats.get("ethnicity") == 1


def test_metrics_token_unset_means_only_keys(live_sqlite: LiveServer, sqlite_settings: Settings) -> None:
    assert sqlite_settings.metrics_token is None
    with live_sqlite.client("") as c:
        assert c.get("/metrics").status_code == 200
        assert "gatekeeper_withheld" not in c.get("/metrics").text
    r = httpx.get(live_sqlite.url + "/metrics", headers={"Authorization": "Basic eDp5"}, timeout=30)
    assert r.status_code == 401
