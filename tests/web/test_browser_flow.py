"""The whole flow in a real browser (Debian's chromium through Playwright), every role signed in.

A canary scan runs over the HTML of every page visited in every role: no value the rules forbid
may appear anywhere, and police pages must not even name a withheld category.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"

CANARIES = ("Zyxwv", "Dorchester", "undocumented", "Plokmijn", "Qwxyzzy")
CATEGORIES = (
    "immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
    "gang_affiliation", "face_surveillance", "not_allowlisted",
)
DESCRIPTION = (
    "During a bag check the student was found with a folding knife. "
    "The student is undocumented. He lives on Zyxwv Street in Dorchester."
)


class Session:
    """One person's browser context; records the HTML of every page it shows."""

    def __init__(self, browser: Any, base: str, name: str, seen: list[tuple[str, str]]) -> None:
        self.ctx = browser.new_context(base_url=base, viewport={"width": 1280, "height": 900})
        self.page = self.ctx.new_page()
        self.name = name
        self.seen = seen

    def record(self, label: str) -> str:
        html = str(self.page.content())
        self.seen.append((f"{self.name}:{label}", html))
        for frame in self.page.frames[1:]:
            self.seen.append((f"{self.name}:{label}:frame", str(frame.content())))
        return html

    def shot(self, label: str, **kw: Any) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{label}.png"), full_page=True, **kw)

    def check_page(self) -> None:
        """One h1, a main landmark, a skip link, and a label on every visible form control."""
        p = self.page
        assert p.locator("h1").count() == 1, p.url
        assert p.locator("main").count() == 1
        assert p.locator("a.skip-link").count() == 1
        unlabeled = p.evaluate(
            """() => [...document.querySelectorAll('input, select, textarea')]
                 .filter(e => e.type !== 'hidden' && e.labels.length === 0).map(e => e.name)"""
        )
        assert unlabeled == [], unlabeled

    def visit(self, path: str, label: str, status: int = 200) -> str:
        resp = self.page.goto(path)
        assert resp is not None and resp.status == status, (path, resp and resp.status)
        if status == 200:
            self.check_page()
        return self.record(label)

    def login(self, key: str) -> None:
        self.page.goto("/login")
        self.page.get_by_label("API key").fill(key)
        self.page.get_by_role("button", name="Sign in").click()
        self.page.wait_for_load_state()
        assert "/login" not in self.page.url

    def close(self) -> None:
        self.ctx.close()


def test_full_flow(browser: Any, live_sqlite: Any) -> None:
    live = live_sqlite
    keys = {
        "admin": live.add_user("admin1", "school_admin", "BPS"),
        "approver": live.add_user("approver1", "legal_approver"),
        "liaison": live.add_user("liaison1", "police_liaison", "bpd/district-b2"),
        "board": live.add_user("board1", "oversight_board"),
        "parent": live.add_user("parent1", "parent", student="S100001"),
    }
    seen: list[tuple[str, str]] = []
    police_pages: list[tuple[str, str]] = []

    # -- signed out: sign-in page, keyboard skip link ---------------------------------------------
    anon = Session(browser, live.url, "anon", seen)
    anon.visit("/login", "login")
    anon.page.keyboard.press("Tab")
    assert anon.page.evaluate("document.activeElement.className") == "skip-link"
    anon.shot("login")
    r = anon.page.goto("/board")
    assert r is not None and "/login" in anon.page.url

    # -- school administrator: preview, then submit -----------------------------------------------
    admin = Session(browser, live.url, "admin", seen)
    admin.login(keys["admin"])
    assert admin.page.url.endswith("/school")
    admin.check_page()
    admin.record("school")
    p = admin.page
    p.get_by_label("School id").fill("BPS-1001")
    p.get_by_label("Recipient unit").fill("bpd/district-b2")
    p.get_by_label("Ground", exact=True).select_option("weapon")
    p.get_by_label("Weapon").fill("knife")
    p.get_by_label("Date and time").fill("2026-03-02T10:15")
    p.get_by_label("Location").fill("Brighton High School, second floor")
    p.get_by_label("Description").fill(DESCRIPTION)
    p.get_by_label("District student id").fill("S100001")
    p.get_by_label("Student name").fill("Test Student")
    p.get_by_label("Date of birth").fill("2010-04-01")
    p.get_by_label("Grade").fill("10")
    p.get_by_label("Student’s school").fill("Brighton High School")
    p.get_by_label("Other student fields").fill("ethnicity: Plokmijn\nfavourite_club: Qwxyzzy")
    p.get_by_role("button", name="Preview").click()
    frame = p.frame_locator("iframe[name=preview-frame]")
    frame.locator("h1").filter(has_text="Preview").wait_for()
    preview = p.frame(name="preview-frame")
    assert preview is not None
    phtml = str(preview.content())
    assert "[WITHHELD]" in phtml
    for cat in ("immigration_status", "neighborhood", "ethnicity", "not_allowlisted"):
        assert cat in phtml, cat
    assert "student.favourite_club" in phtml
    assert frame.locator("table caption", has_text="Withheld").count() == 1
    admin.record("preview")
    admin.shot("school_preview")
    # Preview recorded nothing.
    assert live.client(keys["board"]).get("/v1/audit/entries").json()["tree_size"] == 0

    p.get_by_role("button", name="Submit", exact=True).click()
    p.wait_for_url(re.compile(r"/school/requests/[0-9a-f]+"))
    rid = p.url.rsplit("/", 1)[1].split("?")[0]
    admin.check_page()
    admin.record("submitted")
    assert "awaiting approval" in p.locator("h1").inner_text()
    admin.shot("school_submitted")

    # A POST without the CSRF token is refused.
    bad = admin.ctx.request.post(live.url + "/school/submit", form={"school_id": "BPS-1001"})
    assert bad.status == 403

    # -- legal approver: queue, annotated copy, approve ---------------------------------------------
    appr = Session(browser, live.url, "approver", seen)
    appr.login(keys["approver"])
    appr.check_page()
    appr.record("queue")
    appr.shot("approver_queue")
    appr.page.get_by_role("link", name=f"Review {rid[:8]}").click()
    appr.page.wait_for_url(f"**/approver/requests/{rid}")
    appr.check_page()
    cats = appr.page.locator("mark.withheld .cat").all_inner_texts()
    joined = " ".join(cats)
    assert "immigration_status" in joined and "neighborhood" in joined, cats
    appr.record("detail")
    appr.shot("approver_detail")
    appr.page.get_by_role("button", name=re.compile("Approve and release")).click()
    appr.page.wait_for_url(re.compile(r"done=released"))
    assert "released" in appr.page.locator("h1").inner_text()
    appr.record("approved")

    # -- police liaison: inbox, printable report ------------------------------------------------------
    pol = Session(browser, live.url, "liaison", seen)
    pol.login(keys["liaison"])
    pol.check_page()
    police_pages.append(("inbox", pol.record("inbox")))
    pol.shot("police_inbox")
    pol.page.get_by_role("link", name=f"Open report {rid[:8]}").click()
    pol.page.wait_for_url(f"**/police/reports/{rid}")
    pol.check_page()
    notice = pol.page.get_by_role("heading", name="Notice of restriction on redisclosure")
    assert notice.is_visible()
    assert "[WITHHELD]" in pol.page.content()
    police_pages.append(("report", pol.record("report")))
    pol.shot("police_report")
    pol.page.emulate_media(media="print")
    assert notice.is_visible()
    assert not pol.page.locator("header.site-header").is_visible()
    pol.shot("police_report_print")
    pol.page.emulate_media(media="screen")
    r = pol.page.goto("/board")
    assert r is not None and r.status == 403
    pol.record("board-forbidden")

    # -- oversight board: charts, checkpoint, verification, inclusion ---------------------------------
    board = Session(browser, live.url, "board", seen)
    board.login(keys["board"])
    board.check_page()
    for _ in range(40):  # the checkpointer signs about once a second
        if board.page.locator("strong.ok", has_text="verified").count():
            break
        board.page.wait_for_timeout(250)
        board.page.reload()
    assert board.page.locator("strong.ok", has_text="verified").count() == 1
    assert board.page.locator("figure.chart svg").count() >= 6
    assert board.page.locator("figure.chart svg title").count() >= 6
    board.record("board")
    board.shot("board")
    board.page.get_by_role("button", name="Verify the whole log").click()
    board.page.locator("#verify-result").wait_for()
    assert "ok" in board.page.locator("#verify-result").inner_text()
    board.record("verify")
    board.page.get_by_label("Inclusion proof for entry index").fill("0")
    board.page.get_by_role("button", name="Prove inclusion").click()
    board.page.locator("#inclusion-result").wait_for()
    assert "verified" in board.page.locator("#inclusion-result").inner_text()
    board.record("inclusion")
    board.shot("board_inclusion")
    csv = board.ctx.request.get(live.url + "/board/stats.csv")
    assert csv.status == 200 and csv.headers["content-type"].startswith("text/csv")
    seen.append(("board:csv", csv.text()))
    board.visit(f"/board/requests/{rid}", "board-request")

    # -- school administrator: the parent notification is due; record it ------------------------------
    admin.visit("/school", "school-after")
    admin.page.get_by_role("button", name="Record notified").click()
    admin.page.wait_for_url(re.compile(r"notified=1"))
    assert "No notifications are due" in admin.page.content()
    admin.record("notified")

    # -- parent -----------------------------------------------------------------------------------------
    par = Session(browser, live.url, "parent", seen)
    par.login(keys["parent"])
    par.check_page()
    html = par.record("disclosures")
    assert "bpd/district-b2" in html and "attached" in html
    par.shot("parent")

    # -- public report, signed out ----------------------------------------------------------------------
    html = anon.visit("/transparency", "transparency")
    assert anon.page.locator("figure.chart svg").count() >= 6
    assert "suppressed" in html
    anon.shot("transparency")
    pub = anon.ctx.request.get(live.url + "/transparency.csv")
    assert pub.status == 200 and pub.headers["content-type"].startswith("text/csv")
    seen.append(("anon:transparency.csv", pub.text()))
    # One request is below the threshold of 10: the published total is suppressed.
    assert "total,all,,true" in pub.text()

    # -- the canary scan ---------------------------------------------------------------------------------
    assert len(seen) >= 20
    for where, text in seen:
        for canary in CANARIES:
            assert canary.casefold() not in text.casefold(), f"{canary!r} leaked on {where}"
    for where, text in police_pages:
        for cat in CATEGORIES:
            assert cat not in text, f"police page {where} names the category {cat!r}"

    for s in (anon, admin, appr, pol, board, par):
        s.close()
