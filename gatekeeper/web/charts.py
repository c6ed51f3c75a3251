"""Charts as inline SVG strings (matplotlib, Agg backend), each with a <title>, a <desc> and the
data as rows, so a page can show a table beside it for people who do not see the picture.

Suppressed counts (None) are drawn as a short hatched stub labelled "suppressed", never as a number
or a height; a chart whose every count is suppressed says so in words instead of showing an empty
scale. Type is sized to stay readable when the SVG shrinks to a phone's width.
"""

from __future__ import annotations

import html
import io
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure

_PALETTE = ["#1f4e79", "#b5501c", "#2e7d32", "#6a1b9a", "#8a6d00", "#00695c", "#ad1457", "#37474f"]
_INK = "#1a1a1a"
_STUB = "#5f6b76"
_TEXT = 10  # points, in a figure about 4.5 to 9 inches wide shown at 350 to 1100 pixels


@dataclass(frozen=True)
class Chart:
    """An accessible chart: the SVG, its title and description, and the data it draws."""

    id: str
    title: str
    desc: str
    svg: str
    columns: tuple[str, ...]
    rows: Sequence[tuple[str, ...]] = field(default_factory=list)


def _fmt(count: int | None) -> str:
    return "suppressed" if count is None else str(count)


def _svg_text(fig: Figure, chart_id: str, title: str, desc: str) -> str:
    buf = io.StringIO()
    # Text stays text (smaller, selectable, read by screen readers when focused).
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    raw = buf.getvalue()
    start = raw.find("<svg")
    svg = raw[start:] if start >= 0 else raw
    t_id, d_id = f"{chart_id}-title", f"{chart_id}-desc"
    head_end = svg.find(">") + 1
    open_tag = svg[:head_end]
    open_tag = re.sub(r'\s(width|height)="[^"]*"', "", open_tag, count=2)
    open_tag = open_tag[:-1] + f' role="img" aria-labelledby="{t_id} {d_id}" focusable="false">'
    body = svg[head_end:]
    # Matplotlib's own <metadata> carries nothing useful to a reader; drop it.
    body = re.sub(r"<metadata>.*?</metadata>", "", body, count=1, flags=re.S)
    inner = f'<title id="{t_id}">{html.escape(title)}</title><desc id="{d_id}">{html.escape(desc)}</desc>'
    return open_tag + inner + body


def _new_id() -> str:
    return "chart-" + uuid.uuid4().hex[:10]


def _figure(n: int) -> Figure:
    width = min(9.0, max(4.5, 1.0 + 0.7 * n))
    fig = Figure(figsize=(width, 3.2), dpi=100)
    fig.patch.set_facecolor("white")
    return fig


def _empty(ax: Any) -> None:
    ax.text(
        0.5, 0.5, "no records in this period", ha="center", va="center", transform=ax.transAxes, color=_INK,
        fontsize=_TEXT + 1,
    )
    ax.set_xticks([])


def _all_suppressed(ax: Any) -> None:
    ax.text(
        0.5,
        0.55,
        "every count here is below the\nthreshold, so none is shown",
        ha="center",
        va="center",
        transform=ax.transAxes,
        color=_INK,
        fontsize=_TEXT + 1,
    )
    ax.set_yticks([])


def _finish(fig: Any, ax: Any, chart_id: str, title: str, desc: str, *, scale: bool = True) -> str:
    """The styling every chart shares, then the accessible SVG."""
    ax.set_title(title, fontsize=_TEXT + 2, color=_INK)
    if scale:
        ax.set_ylabel("count", color=_INK, fontsize=_TEXT)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(colors=_INK, labelsize=_TEXT)
    return _svg_text(fig, chart_id, title, desc)


def bar_chart(title: str, items: Sequence[tuple[str, int | None]], *, label: str = "category") -> Chart:
    """One bar per key; ``items`` are (key, count or None when suppressed)."""
    chart_id = _new_id()
    rows = [(k, _fmt(v)) for k, v in items]
    shown = [f"{k}: {_fmt(v)}" for k, v in items]
    desc = f"Bar chart of counts by {label}. " + ("; ".join(shown) + "." if shown else "No records in this period.")
    fig = _figure(len(items))
    ax = fig.subplots()
    keys = [k for k, _ in items]
    values = [0 if v is None else v for _, v in items]
    only_suppressed = bool(items) and all(v is None for _, v in items)
    if items:
        top = max(values) if values else 0
        ymax = max(1, top) * 1.25
        bars = ax.bar(range(len(keys)), values, color=[_PALETTE[i % len(_PALETTE)] for i in range(len(keys))])
        for i, (_, count) in enumerate(items):
            if count is None:  # a stub that marks the cell without suggesting a size
                ax.bar(i, ymax * 0.04, color="white", edgecolor=_STUB, hatch="///", linewidth=1)
        tilt = len(keys) > 3
        ax.set_xticks(range(len(keys)), keys, rotation=30 if tilt else 0, ha="right" if tilt else "center")
        if not only_suppressed:
            for rect, (_, count) in zip(bars, items, strict=True):
                ax.annotate(
                    _fmt(count),
                    (rect.get_x() + rect.get_width() / 2, max(rect.get_height(), ymax * 0.04)),
                    ha="center",
                    va="bottom",
                    fontsize=_TEXT,
                    fontstyle="italic" if count is None else "normal",
                    color=_INK,
                    xytext=(0, 2),
                    textcoords="offset points",
                )
        ax.set_ylim(0, ymax)
        if only_suppressed:
            _all_suppressed(ax)
    else:
        _empty(ax)
    svg = _finish(fig, ax, chart_id, title, desc, scale=not only_suppressed)
    return Chart(chart_id, title, desc, svg, (label, "count"), rows)


def stacked_chart(
    title: str, items: Sequence[tuple[str, str, int | None]], *, x_label: str = "month", series_label: str = "ground"
) -> Chart:
    """Stacked bars: one bar per x value, one colour per series; items are (x, series, count)."""
    chart_id = _new_id()
    xs = sorted({x for x, _, _ in items})
    series = sorted({s for _, s, _ in items})
    totals: dict[tuple[str, str], int] = {}
    suppressed: set[tuple[str, str]] = set()
    for x, s, v in items:
        if v is None:
            suppressed.add((x, s))
        else:
            totals[(x, s)] = totals.get((x, s), 0) + v
    rows = [
        (x, s, _fmt(None if (x, s) in suppressed and (x, s) not in totals else totals.get((x, s), 0)))
        for x in xs
        for s in series
        if (x, s) in totals or (x, s) in suppressed
    ]
    desc = f"Stacked bar chart of counts by {x_label} and {series_label}. " + (
        "; ".join(f"{x}, {s}: {c}" for x, s, c in rows) + "." if rows else "No records in this period."
    )
    fig = _figure(len(xs) + 2)
    ax = fig.subplots()
    only_suppressed = bool(xs) and not totals
    if xs:
        bottom = [0] * len(xs)
        for i, s in enumerate(series):
            vals = [totals.get((x, s), 0) for x in xs]
            ax.bar(range(len(xs)), vals, bottom=bottom, label=s, color=_PALETTE[i % len(_PALETTE)])
            bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
        ax.set_xticks(range(len(xs)), xs)
        ax.set_ylim(0, max(1, max(bottom)) * 1.2)
        if series and not only_suppressed:
            ax.legend(fontsize=_TEXT, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        if only_suppressed:
            _all_suppressed(ax)
        elif suppressed:
            ax.text(
                0.0,
                -0.3,
                "some counts below the threshold are suppressed",
                transform=ax.transAxes,
                fontsize=_TEXT,
                color=_INK,
            )
    else:
        _empty(ax)
    svg = _finish(fig, ax, chart_id, title, desc, scale=not only_suppressed)
    return Chart(chart_id, title, desc, svg, (x_label, series_label, "count"), rows)
