"""The approver sees what the machine doubts and may withhold a further span before release: the
police copy changes and is re-checked, and the event (path and offsets, never the value) is logged."""

from __future__ import annotations

import pytest

from tests.conftest import Factory, LiveServer

DESCRIPTION = (
    "During a bag check the student was found with a folding knife. "
    "He said he bought it at 41 Kestrel last week."
)


@pytest.fixture
def people(live: LiveServer) -> dict[str, str]:
    return {
        "admin": live.add_user("admin-w", "school_admin", "BPS"),
        "approver": live.add_user("approver-w", "legal_approver"),
        "liaison": live.add_user("liaison-w", "police_liaison", "bpd/district-b2"),
        "board": live.add_user("board-w", "oversight_board"),
    }


def test_doubts_then_withhold_further(live: LiveServer, people: dict[str, str], make_request: Factory) -> None:
    req = make_request()
    req["incident"] = dict(req["incident"], description=DESCRIPTION)
    with live.client(people["admin"]) as c:
        d = c.post("/v1/requests", json=req).json()
        rid = d["id"]
        # only an approver may change the police copy
        assert c.post(f"/v1/requests/{rid}/withhold", json={"path": "incident.description", "start": 0, "end": 5}).status_code == 403
    text = d["report"]["incident"]["description"]
    assert "41 Kestrel" in text  # kept by the detector...
    with live.client(people["approver"]) as c:
        view = c.get(f"/v1/requests/{rid}").json()
        doubts = [x for x in view["doubts"] if x["kind"] == "number_may_be_address"]
        assert doubts and text[doubts[0]["start"] : doubts[0]["end"]].startswith("41")  # ...but doubted
        bad = c.post(f"/v1/requests/{rid}/withhold", json={"path": "incident.description", "start": 5, "end": 9999})
        assert bad.status_code in (400, 422), bad.text
        bad = c.post(f"/v1/requests/{rid}/withhold", json={"path": "student.secret", "start": 0, "end": 1})
        assert bad.status_code in (400, 422), bad.text
        start = text.index("41 Kestrel")
        r = c.post(f"/v1/requests/{rid}/withhold", json={"path": "incident.description", "start": start, "end": start + 10})
        assert r.status_code == 200, r.text
        new = r.json()["report"]["incident"]["description"]
        assert "Kestrel" not in new and "[WITHHELD]" in new and "folding knife" in new
        assert r.json()["approver_withheld"] == [{"path": "incident.description", "start": start, "end": start + 10}]
        assert c.post(f"/v1/requests/{rid}/approve").status_code == 200
        # released: no further changes
        assert c.post(f"/v1/requests/{rid}/withhold", json={"path": "incident.description", "start": 0, "end": 5}).status_code == 409
    with live.client(people["liaison"]) as c:
        rep = c.get(f"/v1/reports/{rid}").json()
        assert rep["report"]["incident"]["description"] == new
    with live.client(people["board"]) as c:
        entries = [e["entry"] for e in c.get("/v1/audit/entries", params={"start": 0}).json()["entries"]]
        kinds = [e["event_type"] for e in entries if e.get("request_id") == rid]
        assert kinds == ["decision", "withheld_further", "released", "opened"]
        ev = next(e for e in entries if e["event_type"] == "withheld_further")
        assert ev["withheld"] == {"path": "incident.description", "start": start, "end": start + 10}
        assert "Kestrel" not in str(entries)
