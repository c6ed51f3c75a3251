"""The oversight board reads every request pseudonymised (RULES.md section 6; issue 10, item 10):
no student id, name or date of birth in the board's API answers or pages, on both databases."""

from __future__ import annotations

import re

import httpx

from gatekeeper.service.pseudonymise import PSEUDONYMISED, STUDENT, board_view
from tests.conftest import LiveServer, request_factory

SID = "S4477120"
NAME = "Marisol Quintanilla-Reyes"
DOB = "2010-07-19"


def _request() -> dict[str, object]:
    req = request_factory(
        request_id="pseudo-1",
        threat_statement="Marisol said she would bring the knife again tomorrow.",
    )
    req["student"] = {"student_id": SID, "name": NAME, "date_of_birth": DOB, "grade": 10, "school": "Brighton High"}
    req["incident"] = {
        "occurred_at": "2026-03-02T10:15:00-05:00",
        "location": "Brighton High School, second floor",
        "description": f"During a bag check {NAME} (id {SID}) was found with a folding knife.",
    }
    return req


def _login(live: LiveServer, key: str) -> httpx.Client:
    c = httpx.Client(base_url=live.url, timeout=30, follow_redirects=False)
    page = c.get("/login")
    m = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert m
    assert c.post("/login", data={"api_key": key, "csrf": m.group(1)}).status_code == 303
    return c


def _identities_absent(text: str) -> None:
    for value in (SID, NAME, DOB, "Marisol", "Quintanilla", "Reyes"):
        assert value not in text, value


def test_board_reads_requests_pseudonymised(live: LiveServer) -> None:
    admin = live.add_user("admin1", "school_admin", "BPS")
    approver = live.add_user("approver1", "legal_approver")
    board = live.add_user("board1", "oversight_board")
    with live.client(admin) as c:
        d = c.post("/v1/requests", json=_request()).json()
    assert d["decision"] == "allow" and d["report"]["student"]["student_id"] == SID
    rid = d["id"]
    pseudonym = live.ctx.pseudonyms.student(SID)

    with live.client(board) as c:
        one = c.get(f"/v1/requests/{rid}")
        listed = c.get("/v1/requests")
    assert one.status_code == 200 and listed.status_code == 200
    _identities_absent(one.text)
    _identities_absent(listed.text)
    v = one.json()
    assert v["student_pseudonym"] == pseudonym
    student = v["report"]["student"]
    assert student["student_id"] == pseudonym
    assert student["name"] == PSEUDONYMISED and student["date_of_birth"] == PSEUDONYMISED
    assert student["grade"] == 10  # what the board oversees stays
    assert STUDENT in v["report"]["incident"]["description"] and "folding knife" in v["report"]["incident"]["description"]
    assert v["report"]["threat_statement"].startswith(STUDENT)
    assert {r["category"] for r in v["redactions"]} == {r["category"] for r in d["redactions"]}

    # The pages read the same pseudonymised view.
    page = _login(live, board).get(f"/board/requests/{rid}")
    assert page.status_code == 200
    _identities_absent(page.text)
    assert pseudonym is not None and pseudonym in page.text
    # The people who handle the request still read it as stored.
    with live.client(approver) as c:
        assert c.get(f"/v1/requests/{rid}").json()["report"]["student"]["name"] == NAME
    assert NAME in _login(live, admin).get(f"/school/requests/{rid}").text


def test_board_view_is_pure_and_leaves_the_input_alone() -> None:
    view = {
        "report": {
            "student": {"student_id": "S1", "name": {"first": "Ann", "last": "Lee"}, "grade": 9},
            "incident": {"description": "Ann Lee hit a classmate; S1 was sent home."},
        },
        "decline_reason": None,
    }
    out = board_view(view, "p" * 32)
    assert out["report"]["student"] == {"student_id": "p" * 32, "name": PSEUDONYMISED, "grade": 9}
    assert out["report"]["incident"]["description"] == f"{STUDENT} hit a classmate; {'p' * 32} was sent home."
    assert view["report"]["student"]["student_id"] == "S1"  # type: ignore[index]
    # A name part is replaced as a word, never inside another word.
    out2 = board_view({"report": {"student": {"name": "Ann"}, "threat_statement": "Anna and Ann"}}, None)
    assert out2["report"]["threat_statement"] == f"Anna and {STUDENT}"
    # Parts of a hyphenated name are names too.
    out3 = board_view({"report": {"student": {"name": "Rosa Diaz-Ortiz"}, "threat_statement": "Ortiz ran."}}, None)
    assert out3["report"]["threat_statement"] == f"{STUDENT} ran."


def test_a_decline_reason_reaches_the_board_without_the_students_name(live: LiveServer) -> None:
    admin = live.add_user("admin1", "school_admin", "BPS")
    approver = live.add_user("approver1", "legal_approver")
    board = live.add_user("board1", "oversight_board")
    with live.client(admin) as c:
        rid = c.post("/v1/requests", json=_request()).json()["id"]
    with live.client(approver) as c:
        r = c.post(f"/v1/requests/{rid}/decline", json={"reason": f"Marisol Quintanilla-Reyes ({SID}) was not armed."})
        assert r.status_code == 200 and r.json()["report"] is None
    with live.client(board) as c:
        one = c.get(f"/v1/requests/{rid}")
    _identities_absent(one.text)
    assert one.json()["decline_reason"].startswith(STUDENT)
    _identities_absent(_login(live, board).get(f"/board/requests/{rid}").text)
