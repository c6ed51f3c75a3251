"""Fast page checks without a browser: sessions, cookies, CSRF, redirects, the public report."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests.conftest import request_factory


def _login(live: Any, key: str) -> httpx.Client:
    c = httpx.Client(base_url=live.url, timeout=30, follow_redirects=False)
    page = c.get("/login")
    assert page.status_code == 200
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token
    r = c.post("/login", data={"api_key": key, "csrf": token.group(1), "next": ""})
    assert r.status_code == 303, r.text
    return c


def _csrf(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m
    return m.group(1)


def test_login_sets_httponly_session_cookie(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("admin1", "school_admin", "BPS")
    c = httpx.Client(base_url=live_sqlite.url, timeout=30)
    page = c.get("/login")
    r = c.post("/login", data={"api_key": key, "csrf": _csrf(page.text)}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/school"
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("gk_session="))
    low = cookie.lower()
    assert "httponly" in low and "samesite=lax" in low and "path=/" in low
    assert "secure" not in low  # cookie_secure is off in tests
    home = c.get("/school")
    assert home.status_code == 200 and "<h1>School requests</h1>" in home.text


def test_bad_key_is_refused(live_sqlite: Any) -> None:
    c = httpx.Client(base_url=live_sqlite.url, timeout=30)
    page = c.get("/login")
    r = c.post("/login", data={"api_key": "gk_0000000000000000_" + "x" * 40, "csrf": _csrf(page.text)})
    assert r.status_code == 401
    assert "gk_session" not in r.headers.get("set-cookie", "")


def test_login_without_csrf_is_403(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("admin1", "school_admin", "BPS")
    c = httpx.Client(base_url=live_sqlite.url, timeout=30)
    c.get("/login")
    r = c.post("/login", data={"api_key": key})
    assert r.status_code == 403


def test_transparency_public(live_sqlite: Any) -> None:
    c = httpx.Client(base_url=live_sqlite.url, timeout=30)
    r = c.get("/transparency")
    assert r.status_code == 200
    assert r.text.count("<h1") == 1
    assert "<svg" in r.text and "suppressed" in r.text
    assert "<li>Possession of a dangerous weapon</li>" in r.text and "<li>Theft</li>" not in r.text
    csv = c.get("/transparency.csv")
    assert csv.status_code == 200
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "section,key,count,suppressed"


def test_transparency_bad_period_is_422_page(live_sqlite: Any) -> None:
    r = httpx.get(live_sqlite.url + "/transparency?from=yesterday", timeout=30)
    assert r.status_code == 422
    assert "text/html" in r.headers["content-type"]


def test_board_without_session_redirects_to_login(live_sqlite: Any) -> None:
    r = httpx.get(live_sqlite.url + "/board", timeout=30, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login")


def test_board_as_police_is_403(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("liaison1", "police_liaison", "bpd/district-b2")
    c = _login(live_sqlite, key)
    r = c.get("/board")
    assert r.status_code == 403
    assert "Not permitted" in r.text


def test_post_without_csrf_is_403(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("admin1", "school_admin", "BPS")
    c = _login(live_sqlite, key)
    body = {"school_id": "BPS-1001", "recipient": "bpd/district-b2", "ground": "weapon", "weapon": "knife"}
    r = c.post("/school/submit", data=body)
    assert r.status_code == 403
    r = c.post("/logout", data={"csrf": "wrong"})
    assert r.status_code == 403
    assert c.get("/school").status_code == 200  # still signed in


def test_logout_ends_session(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("board1", "oversight_board")
    c = _login(live_sqlite, key)
    page = c.get("/board")
    assert page.status_code == 200
    r = c.post("/logout", data={"csrf": _csrf(page.text)})
    assert r.status_code == 303
    assert c.get("/board").status_code == 303


def test_preview_records_nothing(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("admin1", "school_admin", "BPS")
    c = _login(live_sqlite, key)
    page = c.get("/school")
    req = request_factory()
    form = {
        "csrf": _csrf(page.text),
        "school_id": req["school_id"],
        "recipient": req["recipient"],
        "ground": "weapon",
        "weapon": "knife",
        "incident_description": "The student is undocumented and had a knife.",
        "student_student_id": "S100001",
        "student_name": "Test Student",
        "student_other": "favourite_colour: Qxzzv",
    }
    r = c.post("/school/preview", data=form)
    assert r.status_code == 200, r.text
    assert "[WITHHELD]" in r.text and "immigration_status" in r.text
    assert "not_allowlisted" in r.text and "student.favourite_colour" in r.text
    assert "undocumented" not in r.text and "Qxzzv" not in r.text
    entries = live_sqlite.client(live_sqlite.add_user("board1", "oversight_board")).get("/v1/audit/entries")
    assert entries.json()["entries"] == []


def test_approver_pages_map_service_errors(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("admin1", "school_admin", "BPS")
    api = live_sqlite.client(key)
    rid = api.post("/v1/requests", json=request_factory()).json()["id"]
    appr = live_sqlite.add_user("appr1", "legal_approver")
    c = _login(live_sqlite, appr)
    page = c.get(f"/approver/requests/{rid}")
    assert page.status_code == 200
    assert c.get("/approver/requests/nope").status_code == 404
    r = c.post(f"/approver/requests/{rid}/decline", data={"csrf": _csrf(page.text), "reason": ""})
    assert r.status_code == 422


def test_school_admin_cannot_approve(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("admin1", "school_admin", "BPS")
    rid = live_sqlite.client(key).post("/v1/requests", json=request_factory()).json()["id"]
    c = _login(live_sqlite, key)
    page = c.get(f"/school/requests/{rid}")
    assert page.status_code == 200
    assert "Approve and release" not in page.text
    r = c.post(f"/approver/requests/{rid}/approve", data={"csrf": _csrf(page.text)})
    assert r.status_code == 403
    assert c.get("/approver").status_code == 403


def test_policy_admin_page_shows_proposal_shadow_and_approves(live_sqlite: Any) -> None:
    a = live_sqlite.add_user("pol-a", "policy_admin")
    b = live_sqlite.add_user("pol-b", "policy_admin")
    admin = live_sqlite.add_user("pol-school", "school_admin", "BPS")
    httpx.post(live_sqlite.url + "/v1/requests", json=request_factory(), headers={"Authorization": f"Bearer {admin}"}, timeout=120)
    notice = "NOTICE: do not redisclose. (changed wording)\n"
    r = httpx.post(
        live_sqlite.url + "/v1/policy/proposals",
        json={"files": {"decision/notice.txt": notice}},
        headers={"Authorization": f"Bearer {a}"}, timeout=120)
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    ca = _login(live_sqlite, a)
    home = ca.get("/policy")
    assert home.status_code == 200 and pid[:8] in home.text
    own = ca.get(f"/policy/proposals/{pid}")
    assert "Shadow run" in own.text and "A second policy administrator must approve" in own.text
    cb = _login(live_sqlite, b)
    page = cb.get(f"/policy/proposals/{pid}")
    assert "Approve and put this policy in force" in page.text
    done = cb.post(f"/policy/proposals/{pid}/approve", data={"csrf": _csrf(page.text)})
    assert done.status_code == 303
    after = cb.get(f"/policy/proposals/{pid}")
    assert "approved" in after.text or "applied" in after.text


def test_approver_page_shows_doubts_and_withholds_a_span(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("admin1", "school_admin", "BPS")
    req = request_factory()
    req["incident"] = dict(req["incident"], description="He had a folding knife. He said he bought it at 41 Kestrel.")
    d = live_sqlite.client(key).post("/v1/requests", json=req).json()
    rid = d["id"]
    text = d["report"]["incident"]["description"]
    c = _login(live_sqlite, live_sqlite.add_user("appr1", "legal_approver"))
    page = c.get(f"/approver/requests/{rid}")
    assert page.status_code == 200
    assert "What the machine could not vet" in page.text and "number may be address" in page.text
    start = text.index("41 Kestrel")
    bad = c.post(f"/approver/requests/{rid}/withhold", data={"csrf": _csrf(page.text), "path": "incident.description", "start": "x", "end": "3"})
    assert bad.status_code == 422
    r = c.post(
        f"/approver/requests/{rid}/withhold",
        data={"csrf": _csrf(page.text), "path": "incident.description", "start": str(start), "end": str(start + 10)},
    )
    assert r.status_code == 303
    after = c.get(r.headers["location"])
    assert "Kestrel" not in after.text and "folding knife" in after.text


def test_a_nul_character_in_a_form_field_is_a_clear_422(live_sqlite: Any) -> None:
    """The form path refuses what the JSON reader refuses, by name, and submits nothing."""
    key = live_sqlite.add_user("admin_nul", "school_admin", "BPS")
    c = _login(live_sqlite, key)
    page = c.get("/school")
    body = {
        "csrf": _csrf(page.text),
        "school_id": "BPS-1001",
        "recipient": "bpd/district-b2",
        "ground": "weapon",
        "weapon": "knife",
        "incident_description": "He had a knife\x00 in the hallway.",
        "student_name": "Ana Lima",
    }
    r = c.post("/school/submit", data=body, follow_redirects=False)
    assert r.status_code == 422
    assert "NUL character" in r.text and "text/html" in r.headers["content-type"]
    assert "He had a knife" not in r.text
