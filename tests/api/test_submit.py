"""POST /v1/requests through real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Factory, LiveServer, corpus
from tests.corpus.scoring import score_responses


def _admin(live: LiveServer) -> str:
    return live.add_user("admin-1", "school_admin", "BPS")


def test_allowed_request_answers_201_with_a_full_decision(live: LiveServer, make_request: Factory) -> None:
    key = _admin(live)
    with live.client(key) as c:
        r = c.post("/v1/requests", json=make_request(request_id="r-1"))
    assert r.status_code == 201, r.text
    d = r.json()
    assert d["decision"] == "allow"
    assert d["request_id"] == "r-1"
    assert d["state"] == "awaiting_approval"
    assert d["report"]["notice"].startswith("NOTICE")
    assert d["report"]["student"]["name"] == "Test Student"
    assert len(d["policy_version"]) == 64
    assert d["audit"]["index"] == 0 and len(d["audit"]["leaf_hash"]) == 64
    assert d["matched_rule"]


def test_denied_request_has_reason_and_no_report(live: LiveServer, make_request: Factory) -> None:
    key = _admin(live)
    with live.client(key) as c:
        r = c.post("/v1/requests", json=make_request(recipient="ice"))
    assert r.status_code == 201
    d = r.json()
    assert d["decision"] == "deny" and d["report"] is None
    assert d["reasons"][0]["code"] == "recipient_not_permitted"


def test_unknown_top_level_key_is_refused_without_echo(live: LiveServer, make_request: Factory) -> None:
    key = _admin(live)
    with live.client(key) as c:
        r = c.post("/v1/requests", json=make_request(student_ethnicity="CANARYHAITIAN"))
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    p = r.json()
    assert p["code"] == "invalid_request" and p["status"] == 422
    assert "CANARYHAITIAN" not in r.text


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[]",
        b'"a string"',
        json.dumps({"school_id": "BPS-1", "recipient": "bpd"}).encode(),  # missing ground
        json.dumps({"school_id": 5, "recipient": "bpd", "ground": "weapon"}).encode(),
        json.dumps(
            {"school_id": "BPS-1", "recipient": "bpd", "ground": "weapon", "incident": {"colour": "x"}}
        ).encode(),
        json.dumps({"school_id": "BPS-1", "recipient": "bpd", "ground": "weapon", "substances": "fentanyl"}).encode(),
        b"\xff\xfe",
    ],
)
def test_bad_input_gets_a_clear_problem_not_a_crash(live: LiveServer, body: bytes) -> None:
    key = _admin(live)
    with live.client(key) as c:
        r = c.post("/v1/requests", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "invalid_request"


def test_body_over_the_limit_is_413(live: LiveServer, make_request: Factory) -> None:
    key = _admin(live)
    big = make_request(incident={"description": "x" * (live.ctx.settings.max_body_bytes + 10)})
    with live.client(key) as c:
        r = c.post("/v1/requests", json=big)
    assert r.status_code == 413
    assert r.json()["code"] == "payload_too_large"


def test_same_request_id_twice_is_idempotent(live: LiveServer, make_request: Factory) -> None:
    key = _admin(live)
    with live.client(key) as c:
        a = c.post("/v1/requests", json=make_request(request_id="same"))
        b = c.post("/v1/requests", json=make_request(request_id="same"))
        other = c.post("/v1/requests", json=make_request(request_id="same", weapon="box cutter"))
        cp = c.get("/v1/audit/checkpoint")
    assert a.status_code == 201 and b.status_code == 200
    assert a.json()["id"] == b.json()["id"]
    assert a.json()["audit"] == b.json()["audit"]
    assert other.status_code == 409 and other.json()["code"] == "idempotency_conflict"
    assert cp.json()["size"] == 1


def test_authentication_and_roles(live: LiveServer, make_request: Factory) -> None:
    board = live.add_user("board-1", "oversight_board")
    with live.client() as c:
        assert c.post("/v1/requests", json=make_request()).status_code == 401
    with live.client("gk_0123456789abcdef_" + "x" * 43) as c:
        assert c.post("/v1/requests", json=make_request()).status_code == 401
    with live.client(board) as c:
        r = c.post("/v1/requests", json=make_request())
    assert r.status_code == 403 and r.json()["code"] == "forbidden"


def test_admin_of_another_school_cannot_submit_for_it(live: LiveServer, make_request: Factory) -> None:
    key = live.add_user("admin-x", "school_admin", "BPS-2000")
    with live.client(key) as c:
        assert c.post("/v1/requests", json=make_request(school_id="BPS-2000")).status_code == 201
        assert c.post("/v1/requests", json=make_request(school_id="BPS-3000")).status_code == 403


def test_public_corpus_through_http(live: LiveServer) -> None:
    key = _admin(live)
    cases = corpus()
    with live.client(key) as c:
        responses = [c.post("/v1/requests", json=case["request"]) for case in cases]
    assert all(r.status_code in (200, 201) for r in responses), [r.status_code for r in responses]
    s = score_responses(cases, [r.text for r in responses])
    assert s["leaks"] == 0, s["failures"]
    assert s["accuracy"] >= 0.98, s["failures"]
    assert s["utility"] >= 0.95, s["failures"]


def test_misspelt_key_gets_a_suggestion_without_echo(live: LiveServer, make_request: Factory) -> None:
    key = _admin(live)
    body = make_request(ground="credible_threat")
    body["threat_statment"] = "He said he would bring a gun."
    with live.client(key) as c:
        r = c.post("/v1/requests", json=body)
    assert r.status_code == 422
    err = r.json()["errors"][0]
    assert err["did_you_mean"] == "threat_statement"
    assert "threat_statment" not in r.text


def test_same_request_id_concurrently_is_decided_once(live: LiveServer, make_request: Factory) -> None:
    from concurrent.futures import ThreadPoolExecutor

    key = _admin(live)

    def post(_: int) -> tuple[int, str]:
        with live.client(key) as c:
            r = c.post("/v1/requests", json=make_request(request_id="race"))
            return r.status_code, r.json()["id"]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(post, range(8)))
    assert {s for s, _ in results} <= {200, 201}
    assert len({i for _, i in results}) == 1
    with live.client(key) as c:
        assert c.get("/v1/audit/checkpoint").json()["size"] == 1
