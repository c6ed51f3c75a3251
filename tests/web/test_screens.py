"""Every role's pages at phone size (390 x 844) and at desktop size, in Chromium: nothing scrolls
sideways (tables scroll inside their own container), and screenshots for people to look at.
Also /docs: Swagger UI renders from the service's own files, with no request off 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.conftest import LiveServer, make_settings, request_factory, start_server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, dict[str, str], dict[str, str]]]:
    tmp = tmp_path_factory.mktemp("screens")
    live = start_server(make_settings(f"sqlite:///{tmp / 'gk.db'}", tmp))
    keys = {
        "school_admin": live.add_user("sc-admin", "school_admin", "BPS"),
        "legal_approver": live.add_user("sc-approver", "legal_approver"),
        "police_liaison": live.add_user("sc-liaison", "police_liaison", "bpd/district-b2"),
        "oversight_board": live.add_user("sc-board", "oversight_board"),
        "parent": live.add_user("sc-parent", "parent", student="S100001"),
        "policy_admin": live.add_user("sc-policy", "policy_admin"),
    }
    long_text = (
        "During a bag check the student was found with a folding knife near the gymnasium; "
        "staff reference ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz0123456789 was logged. "
        "The student is undocumented and speaks Haitian Creole at home."
    )
    ids: dict[str, str] = {}
    with live.client(keys["school_admin"]) as c:
        for i in range(3):
            body = request_factory(request_id=f"sc-{i}")
            body["incident"] = {**body["incident"], "description": long_text}
            body["student"] = {**body["student"], "ethnicity": "Haitian", "home_language": "Haitian Creole"}
            ids[f"r{i}"] = c.post("/v1/requests", json=body).json()["id"]
        c.post("/v1/requests", json=request_factory(request_id="sc-deny", ground="truancy"))
    with live.client(keys["legal_approver"]) as c:
        assert c.post(f"/v1/requests/{ids['r0']}/approve").status_code == 200
        assert c.post(f"/v1/requests/{ids['r1']}/approve").status_code == 200
    try:
        yield live, keys, ids
    finally:
        live.stop()


def _pages(ids: dict[str, str]) -> dict[str, list[str]]:
    return {
        "school_admin": ["/school", f"/school/requests/{ids['r0']}"],
        "legal_approver": ["/approver", f"/approver/requests/{ids['r2']}"],
        "police_liaison": ["/police", f"/police/reports/{ids['r0']}"],
        "oversight_board": ["/board", f"/board/requests/{ids['r0']}", "/board?proof=0"],
        "parent": ["/parent"],
        "policy_admin": ["/policy"],
        "public": ["/transparency", "/login"],
    }


def _login(page: Any, key: str) -> None:
    page.goto("/login")
    page.get_by_label("API key").fill(key)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert "/login" not in page.url


def _slug(path: str) -> str:
    return path.strip("/").replace("/", "_").replace("?", "_").replace("=", "-")[:40] or "home"


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_no_page_scrolls_sideways(browser: Any, world: Any, size: str) -> None:
    live, keys, ids = world
    viewport = PHONE if size == "phone" else DESKTOP
    SHOTS.mkdir(parents=True, exist_ok=True)
    wide: list[tuple[str, str, int, int]] = []
    for role, paths in _pages(ids).items():
        ctx = browser.new_context(base_url=live.url, viewport=viewport)
        page = ctx.new_page()
        if role != "public":
            _login(page, keys[role])
        for path in paths:
            resp = page.goto(path)
            assert resp is not None and resp.status == 200, (role, path, resp and resp.status)
            scroll_width, inner_width = page.evaluate(
                "[document.scrollingElement.scrollWidth, window.innerWidth]"
            )
            if scroll_width > inner_width:
                wide.append((role, path, scroll_width, inner_width))
            page.screenshot(path=str(SHOTS / f"{size}-{role}-{_slug(path)}.png"), full_page=True)
        ctx.close()
    assert wide == []


def test_approve_comes_after_the_police_copy(browser: Any, world: Any) -> None:
    live, keys, ids = world
    ctx = browser.new_context(base_url=live.url, viewport=PHONE)
    page = ctx.new_page()
    _login(page, keys["legal_approver"])
    page.goto(f"/approver/requests/{ids['r2']}")
    order = page.evaluate(
        """() => {
            const copy = document.getElementById('police-h');
            const button = [...document.querySelectorAll('button')].find(b => b.textContent.includes('Approve'));
            return !!(copy && button && (copy.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING));
        }"""
    )
    assert order, "the Approve button must follow the police copy it asks the approver to read"
    ctx.close()


def test_printable_police_copy(browser: Any, world: Any) -> None:
    live, keys, ids = world
    ctx = browser.new_context(base_url=live.url, viewport=DESKTOP)
    page = ctx.new_page()
    _login(page, keys["police_liaison"])
    page.goto(f"/police/reports/{ids['r1']}")
    page.emulate_media(media="print")
    # What prints (inner_text follows the print stylesheet): the notice once, before the report.
    printed = page.locator("body").inner_text()
    assert printed.count("This report contains personally identifiable information") == 1, printed
    assert printed.index("This report contains") < printed.index("Incident description")
    assert page.get_by_role("button", name="Print this report").is_hidden()
    text = printed
    assert "2026-03-02T10:15:00-05:00" not in text  # a date for people, not an ISO string
    assert "2 March 2026" in text
    page.screenshot(path=str(SHOTS / "print-police_report.png"), full_page=True)
    page.emulate_media(media="screen")
    button = page.get_by_role("button", name="Print this report")
    assert button.count() == 1
    ctx.close()


def test_board_offers_export_and_key_with_the_offline_command(browser: Any, world: Any) -> None:
    live, keys, _ = world
    ctx = browser.new_context(base_url=live.url, viewport=DESKTOP, accept_downloads=True)
    page = ctx.new_page()
    _login(page, keys["oversight_board"])
    page.goto("/board")
    assert "gatekeeper audit verify-export" in page.locator("main").inner_text()
    with page.expect_download() as dl:
        page.get_by_role("link", name="Download the log export").click()
    export = Path(dl.value.path()).read_text()
    assert export.splitlines()[0].startswith('{"type": "header"')
    with page.expect_download() as dl:
        page.get_by_role("link", name="Download the public key").click()
    vkey = Path(dl.value.path()).read_text().strip()
    assert vkey == live.ctx.signer.vkey
    # Nobody else gets them.
    other = browser.new_context(base_url=live.url)
    p2 = other.new_page()
    _login(p2, keys["police_liaison"])
    assert p2.request.get(live.url + "/board/audit-export.jsonl").status in (403, 404)
    other.close()
    ctx.close()


def test_docs_render_offline(browser: Any, world: Any) -> None:
    live, _, _ = world
    host = urlsplit(live.url).hostname
    ctx = browser.new_context(base_url=live.url, viewport=DESKTOP)
    page = ctx.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto("/docs")
    page.locator(".swagger-ui .info .title").filter(has_text="gatekeeper").wait_for(timeout=30_000)
    page.locator(".opblock-summary-path", has_text="/v1/requests").first.wait_for(timeout=30_000)
    page.screenshot(path=str(SHOTS / "docs.png"))
    off = [u for u in requested if urlsplit(u).hostname not in (host,) and not u.startswith("data:")]
    assert off == [], off
    ctx.close()
