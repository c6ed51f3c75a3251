"""Red-team round 3 findings (tests/data/corpus/redteam3.jsonl), pinned per mechanism: a finding that
runs into the student's own name is clipped at the name, charter schools whose names end with a
neighbourhood stay, and further immigration and religion wordings are withheld."""

from __future__ import annotations

import pytest

from gatekeeper.core.types import Category
from gatekeeper.redact import MARKER, Redactor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The knife belonged to Faith Temple.", "Faith Temple"),
        ("The knife belonged to Trinity Church.", "Trinity Church"),
        ("She resides at 8 Maple Terrace. Aaliyah Park was selling pills.", "Aaliyah Park"),
        ("The box cutter belonged to Asia Mosque.", "Asia Mosque"),
    ],
)
def test_finding_is_clipped_at_the_student_name(redactor: Redactor, text: str, name: str) -> None:
    out, _ = redactor.redact_text(text, "incident.description", protect=(name,))
    assert name in out, out


def test_clipped_finding_still_withholds_outside_the_name(redactor: Redactor) -> None:
    text = "She resides at 8 Maple Terrace. Aaliyah Park was selling pills."
    out, reds = redactor.redact_text(text, "incident.description", protect=("Aaliyah Park",))
    assert "Maple" not in out and MARKER in out and "Aaliyah Park was selling pills." in out, out
    assert Category.NEIGHBORHOOD in {r.category for r in reds}


@pytest.mark.parametrize(
    "school",
    ["UP Academy Dorchester", "Brooke Charter School East Boston", "Excel Academy Charter School East Boston"],
)
def test_school_ending_with_a_neighbourhood_stays(redactor: Redactor, school: str) -> None:
    out, reds = redactor.redact_text(f"A teacher at {school} found a knife.", "incident.description")
    assert school in out and not reds, out
    out, _ = redactor.redact_text(f"A teacher at {school} found a knife. He lives in Mattapan.", "x")
    assert school in out and "Mattapan" not in out, out


@pytest.mark.parametrize(
    ("text", "category", "secret"),
    [
        ("Her visa expired last year.", Category.IMMIGRATION_STATUS, "expired"),
        ("His green card lapsed in May.", Category.IMMIGRATION_STATUS, "lapsed"),
        ("Her work permit was revoked.", Category.IMMIGRATION_STATUS, "revoked"),
        ("She entered the country without inspection.", Category.IMMIGRATION_STATUS, "inspection"),
        ("He goes to church every Sunday at St. Mark's.", Category.RELIGION, "St. Mark"),
        ("The student is a Latter-day Saint.", Category.RELIGION, "Latter"),
    ],
)
def test_detects(redactor: Redactor, text: str, category: Category, secret: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert secret.lower() not in out.lower(), out
    assert category in {r.category for r in reds}


@pytest.mark.parametrize("text", ["The milk in the fridge expired last week.", "His bus pass expired in May."])
def test_lapse_without_status_word_stays(redactor: Redactor, text: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert out == text and not reds


def test_a_school_named_after_a_street_keeps_its_name() -> None:
    from pathlib import Path

    from gatekeeper.redact import Redactor

    r = Redactor.load(Path(__file__).resolve().parents[2] / "policies")
    assert r.scan("Mildred Avenue K-8, second floor") == []
    assert r.scan("He lives on Mildred Avenue.")
