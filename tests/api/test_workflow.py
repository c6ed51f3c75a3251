"""A request's life through real HTTP: submit, approve, police inbox, open, parent's view."""

from __future__ import annotations

import pytest

from tests.conftest import Factory, LiveServer


@pytest.fixture
def people(live: LiveServer) -> dict[str, str]:
    return {
        "admin": live.add_user("admin-a", "school_admin", "BPS"),
        "admin2": live.add_user("admin-b", "school_admin", "BPS-9999"),
        "approver": live.add_user("approver-a", "legal_approver"),
        "liaison": live.add_user("liaison-b2", "police_liaison", "bpd/district-b2"),
        "liaison_other": live.add_user("liaison-c11", "police_liaison", "bpd/district-c11"),
        "board": live.add_user("board-a", "oversight_board"),
        "parent": live.add_user("parent-a", "parent", student="S100001"),
        "parent_other": live.add_user("parent-b", "parent", student="S999999"),
        "policy": live.add_user("policy-a", "policy_admin"),
    }


def test_release_then_open(live: LiveServer, people: dict[str, str], make_request: Factory) -> None:
    with live.client(people["admin"]) as c:
        d = c.post("/v1/requests", json=make_request()).json()
    rid = d["id"]
    # Nothing reaches police before approval.
    with live.client(people["liaison"]) as c:
        assert c.get("/v1/inbox").json()["reports"] == []
        assert c.get(f"/v1/reports/{rid}").status_code == 404
    with live.client(people["approver"]) as c:
        r = c.post(f"/v1/requests/{rid}/approve")
        assert r.status_code == 200, r.text
        assert r.json()["state"] == "released"
        assert c.post(f"/v1/requests/{rid}/approve").status_code == 409
    with live.client(people["liaison_other"]) as c:
        assert c.get("/v1/inbox").json()["reports"] == []
        assert c.get(f"/v1/reports/{rid}").status_code == 404
    with live.client(people["liaison"]) as c:
        inbox = c.get("/v1/inbox").json()["reports"]
        assert [x["id"] for x in inbox] == [rid]
        rep = c.get(f"/v1/reports/{rid}")
        assert rep.status_code == 200
        body = rep.json()
        assert body["report"] == d["report"]
        assert "NOTICE" in body["report"]["notice"]
        assert "redactions" not in rep.text and "category" not in rep.text
        # Police may not read the submitter's view with its categories.
        assert c.get(f"/v1/requests/{rid}").status_code == 403
    with live.client(people["board"]) as c:
        entries = c.get("/v1/audit/entries", params={"start": 0}).json()["entries"]
        kinds = [e["entry"]["event_type"] for e in entries]
        assert kinds == ["decision", "released", "opened"]
        assert all(e["entry"].get("request_id") == rid for e in entries)
        decision_entry = entries[0]["entry"]
        assert decision_entry["student_pseudonym"] and "S100001" not in str(entries)
    with live.client(people["parent"]) as c:
        ds = c.get("/v1/disclosures").json()["disclosures"]
        assert len(ds) == 1 and ds[0]["recipient"] == "bpd/district-b2"
        assert "student.name" in ds[0]["released_fields"]
        # Categories of what was withheld are for the submitter, approver and board only.
        assert "categor" not in c.get("/v1/disclosures").text
    with live.client(people["parent_other"]) as c:
        assert c.get("/v1/disclosures").json()["disclosures"] == []


def test_decline_needs_a_reason_and_releases_nothing(
    live: LiveServer, people: dict[str, str], make_request: Factory
) -> None:
    with live.client(people["admin"]) as c:
        rid = c.post("/v1/requests", json=make_request()).json()["id"]
    with live.client(people["approver"]) as c:
        assert c.post(f"/v1/requests/{rid}/decline", json={"reason": ""}).status_code == 422
        r = c.post(f"/v1/requests/{rid}/decline", json={"reason": "Not serious enough; the student lives in Roxbury."})
        assert r.status_code == 200 and r.json()["state"] == "declined"
        assert "Roxbury" not in r.text
        assert r.json()["report"] is None
    with live.client(people["liaison"]) as c:
        assert c.get("/v1/inbox").json()["reports"] == []


def test_denied_request_cannot_be_approved(live: LiveServer, people: dict[str, str], make_request: Factory) -> None:
    with live.client(people["admin"]) as c:
        rid = c.post("/v1/requests", json=make_request(ground="truancy")).json()["id"]
    with live.client(people["approver"]) as c:
        assert c.post(f"/v1/requests/{rid}/approve").status_code == 409


def test_other_school_cannot_read_a_request(live: LiveServer, people: dict[str, str], make_request: Factory) -> None:
    with live.client(people["admin"]) as c:
        rid = c.post("/v1/requests", json=make_request()).json()["id"]
        assert c.get(f"/v1/requests/{rid}").status_code == 200
    with live.client(people["admin2"]) as c:
        assert c.get(f"/v1/requests/{rid}").status_code == 404
    with live.client(people["board"]) as c:
        assert c.get(f"/v1/requests/{rid}").status_code == 200


def test_parent_notifications(live: LiveServer, people: dict[str, str], make_request: Factory) -> None:
    with live.client(people["admin"]) as c:
        rid = c.post("/v1/requests", json=make_request()).json()["id"]
    with live.client(people["approver"]) as c:
        c.post(f"/v1/requests/{rid}/approve")
    with live.client(people["admin"]) as c:
        due = c.get("/v1/notifications").json()["due"]
        assert [d["request_id"] for d in due] == [rid]
        assert due[0]["notify"] == "student and parent"  # grade 10
        assert c.post(f"/v1/notifications/{rid}", json={"method": "letter"}).status_code == 200
        assert c.get("/v1/notifications").json()["due"] == []
        assert c.post(f"/v1/notifications/{rid}", json={"method": "letter"}).status_code == 409
    with live.client(people["parent"]) as c:
        assert c.get("/v1/disclosures").json()["disclosures"][0]["parent_notified_at"]


def test_police_information_request_answered_by_submission(
    live: LiveServer, people: dict[str, str], make_request: Factory
) -> None:
    with live.client(people["liaison"]) as c:
        r = c.post(
            "/v1/information-requests",
            json={
                "school_id": "BPS-1001",
                "ground": "weapon",
                "student_id": "S100001",
                "reason": "A knife was reported.",
            },
        )
        assert r.status_code == 201, r.text
        ir = r.json()["id"]
    with live.client(people["admin"]) as c:
        listed = c.get("/v1/information-requests").json()["information_requests"]
        assert [x["id"] for x in listed] == [ir]
        d = c.post("/v1/requests", json=make_request(information_request_id=ir)).json()
        assert d["decision"] == "allow"
    with live.client(people["liaison"]) as c:
        x = c.get("/v1/information-requests").json()["information_requests"][0]
        assert x["state"] == "answered" and x["answer_request_id"] == d["id"]
    with live.client(people["liaison_other"]) as c:
        assert c.get("/v1/information-requests").json()["information_requests"] == []


def test_stats_for_the_board(live: LiveServer, people: dict[str, str], make_request: Factory) -> None:
    with live.client(people["admin"]) as c:
        for i in range(3):
            c.post("/v1/requests", json=make_request(student={"student_id": f"S{i}", "name": "A B", "race": "Asian"}))
    with live.client(people["board"]) as c:
        s = c.get("/v1/stats").json()
        assert s["total"] == 3
        race = {x["key"]: x for x in s["demographics"]["race_ethnicity"]}
        assert race["asian"]["suppressed"] is True and race["asian"]["count"] is None
        assert c.get("/v1/stats", params={"from": "2026-13-99"}).status_code == 422
    with live.client(people["admin"]) as c:
        assert c.get("/v1/stats").status_code == 403
