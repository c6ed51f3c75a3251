"""Every role against every route: who may, and who gets 403 (or 401 without a key)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import LiveServer, request_factory

ROLES = ["school_admin", "legal_approver", "police_liaison", "oversight_board", "parent", "policy_admin"]

# (method, path, body, roles that may use it)
ROUTES: list[tuple[str, str, Any, set[str]]] = [
    ("POST", "/v1/requests", request_factory(), {"school_admin"}),
    ("GET", "/v1/requests", None, {"school_admin", "legal_approver", "oversight_board"}),
    ("GET", "/v1/requests/{rid}", None, {"school_admin", "legal_approver", "oversight_board"}),
    ("POST", "/v1/requests/{rid}/approve", None, {"legal_approver"}),
    ("POST", "/v1/requests/{rid}/decline", {"reason": "no"}, {"legal_approver"}),
    ("GET", "/v1/inbox", None, {"police_liaison"}),
    ("GET", "/v1/reports/{rid}", None, {"police_liaison"}),
    ("GET", "/v1/audit/entries", None, {"oversight_board"}),
    ("GET", "/v1/audit/checkpoint", None, set(ROLES)),
    ("GET", "/v1/audit/proofs/inclusion?index=0", None, {"oversight_board"}),
    ("GET", "/v1/audit/proofs/consistency?first=1", None, {"oversight_board"}),
    ("GET", "/v1/stats", None, {"oversight_board"}),
    ("GET", "/v1/disclosures", None, {"parent"}),
    ("GET", "/v1/notifications", None, {"school_admin"}),
    ("GET", "/v1/information-requests", None, {"school_admin", "police_liaison"}),
]


@pytest.fixture
def setup(live_sqlite: LiveServer) -> tuple[LiveServer, dict[str, str], str]:
    live = live_sqlite
    keys = {
        "school_admin": live.add_user("m-admin", "school_admin", "BPS"),
        "legal_approver": live.add_user("m-approver", "legal_approver"),
        "police_liaison": live.add_user("m-liaison", "police_liaison", "bpd/district-b2"),
        "oversight_board": live.add_user("m-board", "oversight_board"),
        "parent": live.add_user("m-parent", "parent", student="S100001"),
        "policy_admin": live.add_user("m-policy", "policy_admin"),
    }
    with live.client(keys["school_admin"]) as c:
        rid = c.post("/v1/requests", json=request_factory()).json()["id"]
    return live, keys, rid


@pytest.mark.parametrize("role", ROLES)
def test_role_against_every_route(setup: tuple[LiveServer, dict[str, str], str], role: str) -> None:
    live, keys, rid = setup
    with live.client(keys[role]) as c:
        for method, path, body, allowed in ROUTES:
            r = c.request(method, path.format(rid=rid), json=body)
            if role in allowed:
                assert r.status_code not in (401, 403), (role, method, path, r.status_code, r.text)
                assert r.status_code < 500, (role, method, path, r.text)
            else:
                assert r.status_code == 403, (role, method, path, r.status_code)
                assert r.headers["content-type"].startswith("application/problem+json")


def test_every_route_needs_a_key(setup: tuple[LiveServer, dict[str, str], str]) -> None:
    live, _, rid = setup
    with live.client() as c:
        for method, path, body, _allowed in ROUTES:
            if path == "/v1/audit/checkpoint":
                # Public on purpose: anyone may keep a checkpoint (it names no entry).
                assert c.get(path).status_code == 200
                continue
            r = c.request(method, path.format(rid=rid), json=body)
            assert r.status_code == 401, (method, path)
            assert r.json()["code"] == "not_authenticated"
        assert c.get("/healthz").status_code == 200
        assert c.get("/metrics").status_code == 200
