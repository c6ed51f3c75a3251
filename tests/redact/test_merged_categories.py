"""A statement withheld whole takes in the shorter findings inside it; each of their categories still
counts. Before, only the longest finding's category was kept: a face match inside a sentence about a
home was recorded as "neighborhood", and the request was allowed instead of denied (fail open)."""

from __future__ import annotations

import json

from gatekeeper.core.types import Category
from gatekeeper.redact import Redactor
from tests.corpus.test_paraphrase import respond

PATH = "incident.description"


def _request(description: str) -> dict[str, object]:
    return {
        "request_id": "merged-categories-1",
        "school_id": "BPS-4061",
        "recipient": "bpd/district-b2",
        "ground": "weapon",
        "weapon": "knife",
        "incident": {"occurred_at": "2026-12-04T15:12:00-05:00", "location": "Main lobby", "description": description},
        "student": {"student_id": "400123", "name": "Dariel Joseph", "grade": 10, "school": "Madison Park High School"},
    }


def test_every_category_of_a_merged_statement_is_listed(redactor: Redactor) -> None:
    text = (
        "He pulled a knife in the lobby. FYI he lives two doors from the laundromat, his uncle's number "
        "starts +509, and the family keeps the fasting month."
    )
    out, reds = redactor.redact_text(text, PATH)
    assert out == "He pulled a knife in the lobby. [WITHHELD]."
    cats = {r.category for r in reds}
    assert {Category.NEIGHBORHOOD, Category.NATIONAL_ORIGIN, Category.RELIGION} <= cats
    assert len({(r.start, r.end) for r in reds}) == 1  # one marker, several categories


def test_a_face_match_inside_another_statement_still_denies() -> None:
    body = json.loads(
        respond(
            _request(
                "He pulled a knife in the lobby. He lives above the bakery where the face recognition "
                "camera matched him to the knife."
            )
        )
    )
    assert body["decision"] == "deny"
    assert "face_surveillance" in [r["code"] for r in body["reasons"]]
    assert body.get("report") is None


def test_merge_spans_joins_overlaps_and_keeps_every_category() -> None:
    from gatekeeper.core.types import Span, merge_spans

    spans = [
        Span(10, 20, Category.RELIGION, "term"),
        Span(0, 30, Category.NEIGHBORHOOD, "lives_beside"),
        Span(40, 45, Category.LANGUAGE, "term"),
        Span(25, 35, Category.FACE_SURVEILLANCE, "term"),
    ]
    merged = merge_spans(spans)
    assert [(sp.start, sp.end, sp.category) for sp in merged] == [
        (0, 35, Category.NEIGHBORHOOD),
        (40, 45, Category.LANGUAGE),
    ]
    assert merged[0].categories == {Category.NEIGHBORHOOD, Category.RELIGION, Category.FACE_SURVEILLANCE}
    assert merged[0].rule == "lives_beside"
