"""Client request ids are scoped to their submitter (issue 10, item 6): another school reusing a
request_id changes nothing that yours resolves to. Real HTTP on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tests.conftest import Factory, LiveServer


@pytest.fixture
def people(live: LiveServer) -> dict[str, str]:
    return {
        "a": live.add_user("admin-a", "school_admin", "BPS-1001"),
        "a2": live.add_user("admin-a2", "school_admin", "BPS-1001"),
        "b": live.add_user("admin-b", "school_admin", "BPS-2002"),
        "approver": live.add_user("approver-1", "legal_approver"),
        "board": live.add_user("board-1", "oversight_board"),
        "liaison": live.add_user("liaison-b2", "police_liaison", "bpd/district-b2"),
    }


def test_another_school_reusing_a_key_hides_nothing(
    live: LiveServer, people: dict[str, str], make_request: Factory
) -> None:
    with live.client(people["a"]) as c:
        ra = c.post("/v1/requests", json=make_request(request_id="k1", school_id="BPS-1001"))
        assert ra.status_code == 201
    a = ra.json()
    with live.client(people["b"]) as c:
        rb = c.post("/v1/requests", json=make_request(request_id="k1", school_id="BPS-2002", weapon="box cutter"))
        # B's key is B's own: a new request, not A's replayed and not an idempotency conflict.
        assert rb.status_code == 201, rb.text
    b = rb.json()
    assert a["id"] != b["id"] and a["request_id"] == b["request_id"] == "k1"

    # Each submitter's key names their own request, by key or by id.
    with live.client(people["a"]) as c:
        assert c.get("/v1/requests/k1").json()["id"] == a["id"]
        assert c.get(f"/v1/requests/{a['id']}").json()["id"] == a["id"]
        # B's request stays invisible to A, by either id.
        assert c.get(f"/v1/requests/{b['id']}").status_code == 404
        # Idempotency is per submitter: the same body again replays A's decision.
        again = c.post("/v1/requests", json=make_request(request_id="k1", school_id="BPS-1001"))
        assert again.status_code == 200 and again.json()["id"] == a["id"]
    with live.client(people["b"]) as c:
        assert c.get("/v1/requests/k1").json()["id"] == b["id"]
        assert c.get(f"/v1/requests/{a['id']}").status_code == 404
    # A colleague of A's school sees only A's request under that key (B's is not a candidate).
    with live.client(people["a2"]) as c:
        assert c.get("/v1/requests/k1").json()["id"] == a["id"]

    # Those who see both never get one of them silently: the key is ambiguous, the id is not.
    for who in ("approver", "board"):
        with live.client(people[who]) as c:
            amb = c.get("/v1/requests/k1")
            assert amb.status_code == 409 and amb.json()["code"] == "ambiguous_request_id"
            assert c.get(f"/v1/requests/{a['id']}").json()["school_id"] == "BPS-1001"
            assert c.get(f"/v1/requests/{b['id']}").json()["school_id"] == "BPS-2002"
    with live.client(people["approver"]) as c:
        assert c.post("/v1/requests/k1/approve").status_code == 409
        r = c.post(f"/v1/requests/{a['id']}/approve")
        assert r.status_code == 200 and r.json()["id"] == a["id"]

    # Police: only A's report is released to them, so k1 names it, as does its id.
    with live.client(people["liaison"]) as c:
        assert c.get("/v1/reports/k1").json()["id"] == a["id"]
        assert c.get(f"/v1/reports/{a['id']}").json()["id"] == a["id"]
        assert c.get(f"/v1/reports/{b['id']}").status_code == 404


def test_a_unique_key_resolves_for_everyone_allowed(
    live: LiveServer, people: dict[str, str], make_request: Factory
) -> None:
    with live.client(people["a"]) as c:
        a = c.post("/v1/requests", json=make_request(request_id="only-once", school_id="BPS-1001")).json()
    with live.client(people["board"]) as c:
        assert c.get("/v1/requests/only-once").json()["id"] == a["id"]
    with live.client(people["approver"]) as c:
        assert c.post("/v1/requests/only-once/approve").json()["id"] == a["id"]
    with live.client(people["b"]) as c:
        # Another school may not learn that the key is in use.
        assert c.get("/v1/requests/only-once").status_code == 404


def test_a_key_equal_to_anothers_server_id_names_your_own(
    live: LiveServer, people: dict[str, str], make_request: Factory
) -> None:
    with live.client(people["a"]) as c:
        a = c.post("/v1/requests", json=make_request(school_id="BPS-1001")).json()
    with live.client(people["b"]) as c:
        b = c.post("/v1/requests", json=make_request(request_id=a["id"], school_id="BPS-2002")).json()
        assert b["id"] != a["id"]
        assert c.get(f"/v1/requests/{a['id']}").json()["id"] == b["id"]
    with live.client(people["a"]) as c:
        assert c.get(f"/v1/requests/{a['id']}").json()["id"] == a["id"]
    with live.client(people["board"]) as c:
        # The server id comes before anybody's client key.
        assert c.get(f"/v1/requests/{a['id']}").json()["id"] == a["id"]
