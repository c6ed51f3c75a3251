"""Values that flow through the core. A decision is a value, never a bool."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    """Forbidden categories of RULES.md section 4, plus the allowlist's catch-all."""

    IMMIGRATION_STATUS = "immigration_status"
    NATIONAL_ORIGIN = "national_origin"
    ETHNICITY = "ethnicity"
    RELIGION = "religion"
    NEIGHBORHOOD = "neighborhood"
    LANGUAGE = "language"
    GANG_AFFILIATION = "gang_affiliation"
    FACE_SURVEILLANCE = "face_surveillance"
    NOT_ALLOWLISTED = "not_allowlisted"


class Outcome(StrEnum):
    ALLOW = "allow"
    DENY = "deny"


@dataclass(frozen=True, slots=True)
class Reason:
    """A stable snake_case code and a message for people. Messages never carry request values."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Redaction:
    """Where something was withheld and why: a path and a category, never the value.

    For free text, ``start`` and ``end`` are offsets into the original text as submitted.
    """

    path: str
    category: Category
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """What the policy decided, with everything needed to explain and audit it."""

    outcome: Outcome
    reasons: tuple[Reason, ...]
    matched_rule: tuple[str, ...]
    policy_version: str
    ground: str
    substance_classes: tuple[str, ...] = ()
    weapon_class: str | None = None
    legal_basis: str | None = None
    recipient_agency: str | None = None

    @property
    def allowed(self) -> bool:
        return self.outcome is Outcome.ALLOW

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


@dataclass(frozen=True, slots=True)
class Span:
    """A span of free text that reveals a forbidden category (offsets into the scanned text)."""

    start: int
    end: int
    category: Category
    rule: str = field(default="", compare=False)
    # the categories of shorter findings this one took in when they were merged ("he lives above the
    # bakery where the face recognition camera matched him" is a home's statement and a face match):
    # each still counts, for the decision (a face match denies) and for the approver's list
    others: frozenset[Category] = field(default=frozenset(), compare=False)

    @property
    def categories(self) -> frozenset[Category]:
        return self.others | {self.category}

    def joined(self, other: Span) -> Span:
        """This span grown over ``other``, which overlaps it: its own category and rule, and every
        category of both."""
        return Span(
            min(self.start, other.start),
            max(self.end, other.end),
            self.category,
            self.rule,
            (self.others | other.categories) - {self.category},
        )


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """``spans`` sorted, each overlapping run joined into its first (longest-first) span, which keeps
    its category and rule and takes in the others' categories."""
    merged: list[Span] = []
    for sp in sorted(spans, key=lambda sp: (sp.start, -sp.end)):
        if merged and sp.start < merged[-1].end:
            merged[-1] = merged[-1].joined(sp)
            continue
        merged.append(sp)
    return merged
