"""The OpenAPI document describes the API as it answers: schemathesis generates requests from it
(valid submissions among them) against a real served instance, with a valid key for each role,
and every answer must be a documented status, media type and schema, never a 5xx.

Bounded: a few examples per operation (derandomised, so a failure reproduces), well under a
minute in all; the ceiling on examples, not a clock, bounds it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.conftest import LiveServer, request_factory

ROLES = ("school_admin", "legal_approver", "police_liaison", "oversight_board", "parent", "policy_admin")
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


def _owner(method: str, path: str) -> str | None:
    """The role an operation is for (None: public)."""
    if path in ("/healthz", "/readyz", "/metrics", "/v1/audit/checkpoint"):
        return None
    if path.startswith("/v1/policy"):
        return "policy_admin"
    if path.startswith(("/v1/audit", "/v1/stats")):
        return "oversight_board"
    if path.startswith(("/v1/inbox", "/v1/reports")) or (path == "/v1/information-requests" and method == "POST"):
        return "police_liaison"
    if path.endswith(("/approve", "/decline")) and path.startswith("/v1/requests"):
        return "legal_approver"
    if path == "/v1/disclosures":
        return "parent"
    return "school_admin"


@pytest.fixture
def world(live_sqlite: LiveServer) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    live = live_sqlite
    keys = {
        "school_admin": live.add_user("st-admin", "school_admin", "BPS"),
        "legal_approver": live.add_user("st-approver", "legal_approver"),
        "police_liaison": live.add_user("st-liaison", "police_liaison", "bpd/district-b2"),
        "oversight_board": live.add_user("st-board", "oversight_board"),
        "parent": live.add_user("st-parent", "parent", student="S100001"),
        "policy_admin": live.add_user("st-policy", "policy_admin"),
    }
    # Something to find: a released report, one awaiting approval, a denial.
    with live.client(keys["school_admin"]) as c:
        released = c.post("/v1/requests", json=request_factory(request_id="st-1")).json()["id"]
        c.post("/v1/requests", json=request_factory(request_id="st-2"))
        c.post("/v1/requests", json=request_factory(request_id="st-3", ground="truancy"))
    with live.client(keys["legal_approver"]) as c:
        assert c.post(f"/v1/requests/{released}/approve").status_code == 200
    keys["_known"] = released
    yield live, keys


def _valid_submission(case: Any) -> Any:
    """Keep what was generated but address it to the admin's school and a permitted unit, so
    the policy, not the scope check, decides it."""
    if isinstance(case.body, dict):
        case.body["school_id"] = "BPS-1001"
        case.body["recipient"] = "bpd/district-b2"
    return case


def _known_id(case: Any, use: bool, known: str) -> Any:
    """Half the time, a request that exists, so the operation does more than answer 404."""
    if use:
        case.path_parameters["request_id"] = known
    return case


def test_schemathesis_finds_no_5xx_and_no_schema_violation(world: tuple[LiveServer, dict[str, str]]) -> None:
    live, keys = world
    doc = httpx.get(live.url + "/openapi.json", timeout=30).json()
    schema = schemathesis.openapi.from_dict(doc)
    statuses: dict[str, list[int]] = {}
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 25
    for op in operations:
        method, path = op.method.upper(), op.path
        owner = _owner(method, path)
        strategy = op.as_strategy()
        if (method, path) == ("POST", "/v1/requests"):
            strategy = strategy.map(_valid_submission)
        if "{request_id}" in path:
            strategy = st.tuples(strategy, st.booleans()).map(lambda cb: _known_id(cb[0], cb[1], keys["_known"]))
        roles = st.just(owner) if owner is None else st.one_of(st.just(owner), st.sampled_from(ROLES))
        seen = statuses.setdefault(f"{method} {path}", [])

        @settings(
            max_examples=25 if (method, path) == ("POST", "/v1/requests") else 6,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy, role=roles)
        def run(case: Any, role: str | None) -> None:
            headers = {"Authorization": f"Bearer {keys[role]}"} if role else {}
            response = case.call(base_url=live.url, headers=headers, timeout=60)
            seen.append(response.status_code)
            case.validate_response(response, checks=CHECKS)

        run()
    # Generated submissions got through to the policy: some were decided, not only refused.
    assert 201 in statuses["POST /v1/requests"] or 200 in statuses["POST /v1/requests"], statuses
    assert all(s < 500 for codes in statuses.values() for s in codes)
    assert any(s == 200 for s in statuses["GET /v1/audit/entries"])


def test_document_names_what_clients_need(live_sqlite: LiveServer) -> None:
    doc = httpx.get(live_sqlite.url + "/openapi.json", timeout=30).json()
    schemas = doc["components"]["schemas"]
    for name in ("Decision", "Report", "Redaction", "Disclosure", "Stats", "Checkpoint", "Problem", "SubmitRequest"):
        assert name in schemas, name
    assert doc["components"]["securitySchemes"]["bearer"] == {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "API key",
        "description": "Authorization: Bearer <api key> (created by `gatekeeper users add`)",
    }
    submit = doc["paths"]["/v1/requests"]["post"]
    assert submit["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/SubmitRequest"}
    assert submit["security"] == [{"bearer": []}]
    assert "Location" in submit["responses"]["201"]["headers"]
    for code in ("401", "403", "404", "409", "413", "422", "503"):
        assert submit["responses"][code]["content"] == {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        }
    # The contract's shape: report null on deny, unknown top-level keys refused.
    assert schemas["SubmitRequest"]["additionalProperties"] is False
    report = schemas["Decision"]["properties"]["report"]
    assert {"type": "null"} in report["anyOf"]
    for path, item in doc["paths"].items():
        for method, op in item.items():
            assert op.get("description") or op.get("summary"), (method, path)
            # The checkpoint is public on purpose (anyone may keep one to catch a rewrite).
            if path.startswith("/v1/") and path != "/v1/audit/checkpoint":
                assert op["security"] == [{"bearer": []}], (method, path)


def test_201_carries_location_and_contract_shapes(live_sqlite: LiveServer) -> None:
    key = live_sqlite.add_user("loc-admin", "school_admin", "BPS")
    with live_sqlite.client(key) as c:
        r = c.post("/v1/requests", json=request_factory(request_id="loc-1"))
        assert r.status_code == 201
        d = r.json()
        assert r.headers["location"] == f"/v1/requests/{d['id']}"
        assert c.get(r.headers["location"]).json()["id"] == d["id"]
        denied = c.post("/v1/requests", json=request_factory(request_id="loc-2", ground="truancy")).json()
        assert denied["decision"] == "deny" and denied["report"] is None
        bad = c.post("/v1/requests", json=request_factory(request_id="loc-3", colour="blue"))
        assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")
