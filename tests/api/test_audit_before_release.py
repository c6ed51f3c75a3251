"""Audit before release, fail closed: if the entry cannot be made durable, nothing is released."""

from __future__ import annotations

from sqlalchemy import func, select

from gatekeeper.storage import schema
from tests.conftest import Factory, LiveServer


def _boom() -> None:
    raise OSError("disk full (injected)")


def _count(live: LiveServer, table: object) -> int:
    with live.ctx.db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_failed_append_denies_and_stores_nothing(live: LiveServer, make_request: Factory) -> None:
    key = live.add_user("fa-admin", "school_admin", "BPS")
    live.ctx.audit.fault = _boom
    with live.client(key) as c:
        r = c.post("/v1/requests", json=make_request(request_id="f-1"))
    assert r.status_code == 503
    p = r.json()
    assert p["code"] == "audit_unavailable" and p["decision"] == "deny" and p["released"] is False
    assert "disk full" not in r.text
    for t in (schema.requests, schema.report_bodies, schema.audit_entries, schema.audit_checkpoints):
        assert _count(live, t) == 0
    live.ctx.audit.fault = None
    with live.client(key) as c:
        r = c.post("/v1/requests", json=make_request(request_id="f-1"))
    assert r.status_code == 201 and r.json()["audit"]["index"] == 0


def test_failed_append_on_approve_and_open_releases_nothing(live: LiveServer, make_request: Factory) -> None:
    admin = live.add_user("fb-admin", "school_admin", "BPS")
    approver = live.add_user("fb-approver", "legal_approver")
    liaison = live.add_user("fb-liaison", "police_liaison", "bpd/district-b2")
    with live.client(admin) as c:
        rid = c.post("/v1/requests", json=make_request()).json()["id"]
    live.ctx.audit.fault = _boom
    with live.client(approver) as c:
        assert c.post(f"/v1/requests/{rid}/approve").status_code == 503
    live.ctx.audit.fault = None
    with live.client(liaison) as c:
        assert c.get("/v1/inbox").json()["reports"] == []
    with live.client(approver) as c:
        assert c.post(f"/v1/requests/{rid}/approve").status_code == 200
    live.ctx.audit.fault = _boom
    with live.client(liaison) as c:
        r = c.get(f"/v1/reports/{rid}")
        assert r.status_code == 503 and "report" not in r.json()
    live.ctx.audit.fault = None
    with live.client(liaison) as c:
        assert c.get(f"/v1/reports/{rid}").status_code == 200
    with live.ctx.db.engine.connect() as conn:
        kinds = [r.event_type for r in conn.execute(select(schema.audit_entries.c.event_type).order_by(schema.audit_entries.c.idx))]
    assert kinds == ["decision", "released", "opened"]
