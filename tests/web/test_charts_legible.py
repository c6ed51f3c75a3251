"""Charts with suppressed cells stay legible: a suppressed cell is marked and named, never drawn
as a size; a chart with nothing but suppressed cells says so instead of showing an empty scale."""

from __future__ import annotations

import re

from gatekeeper.web import charts


def _font_sizes(svg: str) -> list[float]:
    return [float(x) for x in re.findall(r"font-size:\s*([0-9.]+)px", svg)]


def test_mixed_chart_names_the_suppressed_cell() -> None:
    c = charts.bar_chart("Requests by ground", [("weapon", 12), ("drugs", None)], label="ground")
    assert "suppressed" in c.svg and "12" in c.svg
    assert "every count here" not in c.svg
    assert c.rows == [("weapon", "12"), ("drugs", "suppressed")]
    # Type large enough to read when the SVG is scaled to a phone's width.
    sizes = _font_sizes(c.svg)
    assert sizes and min(sizes) >= 10


def test_all_suppressed_chart_says_so_without_a_scale() -> None:
    c = charts.bar_chart("Decisions", [("allow", None), ("deny", None)], label="decision")
    assert "every count here is below the" in c.svg
    assert ">count<" not in c.svg  # no y axis label for a scale that means nothing
    s = charts.stacked_chart("By month", [("2026-03", "weapon", None)])
    assert "every count here is below the" in s.svg
