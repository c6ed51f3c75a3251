"""Issue 10, item 8: the published report's suppressed counts cannot be worked back out.

Requests go in through the API of a served instance (SQLite and PostgreSQL); the attacks read
/transparency.csv over HTTP and solve for every suppressed count with an LP over everything
published together (tests/reporting/attacker.py, written from the CSV alone).
"""

from __future__ import annotations

import csv
import io

import httpx

from tests.conftest import Factory, LiveServer
from tests.reporting.attacker import read_csv, suppressed_ranges

WIDTH = 4  # policies/reporting/suppression.yaml: protection_width


def _submit(live: LiveServer, make_request: Factory) -> None:
    """School BPS-1001: 12 denied (theft) and 2 awaiting approval (weapon); BPS-2002: 3 denied.

    Before complementary suppression: total 17 minus BPS-1001's 14 gave BPS-2002's 3; total
    minus `denied` 15 pinned `awaiting_approval` at 2; and the month x ground x decision cell
    (weapon, allow) was pinned by its margins."""
    key = live.add_user("admin-a", "school_admin", "BPS")
    plan = [("BPS-1001", "theft")] * 12 + [("BPS-1001", "weapon")] * 2 + [("BPS-2002", "theft")] * 3
    with live.client(key) as c:
        for i, (school, ground) in enumerate(plan):
            body = make_request(school_id=school, ground=ground, request_id=f"r{i}")
            body["student"] = {**body["student"], "student_id": f"S{i:06d}"}
            if school == "BPS-2002":
                body["student"]["race"] = "Asian"  # 3 of 17: a demographic count the board must not recover
            if ground != "weapon":
                body.pop("weapon")
            r = c.post("/v1/requests", json=body)
            assert r.status_code in (200, 201), r.text
            assert r.json()["decision"] == ("allow" if ground == "weapon" else "deny")


def _public_csv(live: LiveServer) -> str:
    r = httpx.get(live.url + "/transparency.csv", timeout=30)
    assert r.status_code == 200
    return r.text


def test_no_suppressed_count_can_be_recovered(live: LiveServer, make_request: Factory) -> None:
    _submit(live, make_request)
    text = _public_csv(live)
    ranges = suppressed_ranges(text)
    assert ranges, "the small counts are suppressed"
    narrow = {name: rng for name, rng in ranges.items() if rng[1] - rng[0] < WIDTH}
    assert narrow == {}, f"suppressed counts a reader can narrow to fewer than {WIDTH + 1} values: {narrow}"


def test_attack_total_minus_school(live: LiveServer, make_request: Factory) -> None:
    _submit(live, make_request)
    text = _public_csv(live)
    tables = read_csv(text)
    # A school with fewer than 10 requests is not named at all, in the CSV or on the page.
    assert "BPS-2002" not in text
    assert "BPS-2002" not in httpx.get(live.url + "/transparency", timeout=30).text
    schools = dict(tables["by_school"])
    assert schools["other_schools"] is None
    lo, hi = suppressed_ranges(text)["by_school:other_schools"]
    assert hi - lo >= WIDTH


def test_attack_state_pinned_by_total(live: LiveServer, make_request: Factory) -> None:
    _submit(live, make_request)
    text = _public_csv(live)
    states = dict(read_csv(text)["by_state"])
    assert states["awaiting_approval"] is None
    lo, hi = suppressed_ranges(text)["by_state:awaiting_approval"]
    assert hi - lo >= WIDTH


def test_attack_cross_table_narrowed_by_margins(live: LiveServer, make_request: Factory) -> None:
    _submit(live, make_request)
    text = _public_csv(live)
    cross = dict(read_csv(text)["by_month_ground_decision"])
    key = next(k for k in cross if k.endswith("|weapon|allow"))
    assert cross[key] is None
    lo, hi = suppressed_ranges(text)[f"by_month_ground_decision:{key}"]
    assert hi - lo >= WIDTH


def test_the_page_shows_what_the_csv_shows(live: LiveServer, make_request: Factory) -> None:
    _submit(live, make_request)
    rows = list(csv.reader(io.StringIO(_public_csv(live))))
    total = next(r for r in rows if r[0] == "total")
    page = httpx.get(live.url + "/transparency", timeout=30).text
    shown = "suppressed" if total[2] == "" else total[2]
    assert f"Total requests: <strong>{shown}</strong>" in page


def test_the_board_cannot_subtract_demographics_from_its_exact_total(live: LiveServer, make_request: Factory) -> None:
    _submit(live, make_request)
    board = live.add_user("board-b", "oversight_board")
    with live.client(board) as c:
        s = c.get("/v1/stats").json()
    assert s["total"] == 17  # the board sees every other count exactly
    race = {x["key"]: x["count"] for x in s["demographics"]["race_ethnicity"]}
    # asian (3) is suppressed, and so is unknown (14): otherwise 17 - 14 = 3
    assert race == {"asian": None, "unknown": None}


def test_public_periods_are_whole_months(live: LiveServer, make_request: Factory) -> None:
    """Two windows of days a day apart would subtract down to one day's requests."""
    r = httpx.get(live.url + "/transparency.csv", params={"from": "2026-03-15", "to": "2026-04-02"}, timeout=30)
    assert r.status_code == 200
    rows = {row[0]: row[1] for row in csv.reader(io.StringIO(r.text)) if row[0].startswith("period_")}
    assert rows == {"period_from": "2026-03", "period_to": "2026-04"}
    assert httpx.get(live.url + "/transparency.csv", params={"from": "2026-13-01"}, timeout=30).status_code == 422
