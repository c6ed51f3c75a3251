"""The submitted request, as the outer contract (CONTRACT.md) names it.

Unknown top-level keys are refused, never dropped: a caller must learn that its data did not go
where it thought. Unknown keys inside ``student`` are expected and withheld unless allowlisted.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

ShortText = Annotated[str, StringConstraints(max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=20_000)]

# RFC 3339 section 5.6 date-time, whole string (\Z: no trailing newline), with its offset: a time
# without one is ambiguous, and anything else in this field would reach police unscanned.
# T and Z may be lower case (5.6, note); leap seconds (":60") are not accepted by datetime and
# have no place in an incident time.
_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})\Z", re.ASCII
)


def _rfc3339(value: str) -> str:
    if not _RFC3339.match(value):
        raise ValueError("must be an RFC 3339 date-time with an offset, e.g. 2026-03-02T10:15:00-05:00")
    try:
        # Calendar and clock ranges (no February 30th, no hour 25); fromisoformat takes at most 6
        # fractional digits, so longer fractions are cut for the check only.
        datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", value).upper())
    except ValueError:
        raise ValueError("must be a real calendar date and time (RFC 3339)") from None
    return value


Rfc3339DateTime = Annotated[str, AfterValidator(_rfc3339)]

_BOSTON = ZoneInfo("America/New_York")


def boston_rfc3339(value: str) -> str:
    """A wall-clock time without an offset, as a browser's datetime-local field ("2026-03-02T10:15")
    or a historic record ("2024-03-02", read as that day's midnight) gives it, is a Boston time:
    written here as RFC 3339 with Boston's offset on that date. Anything else is returned as typed,
    for the request's own validation to accept or refuse."""
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return value
    if dt.tzinfo is not None:
        return value
    return dt.replace(tzinfo=_BOSTON).isoformat(timespec="seconds")


class Incident(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    occurred_at: Rfc3339DateTime | None = None
    location: LongText | None = None
    description: LongText | None = None


class Attachment(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: ShortText
    name: ShortText | None = None


class WeaponDetermination(BaseModel):
    """A named person's determination that a replica, BB or airsoft gun is a dangerous weapon."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    determined_by: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    dangerous: bool
    note: LongText | None = None


class SubmitRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    request_id: Annotated[str, StringConstraints(min_length=1, max_length=128)] | None = None
    school_id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    recipient: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    ground: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    substances: list[ShortText] = Field(default_factory=list, max_length=50)
    weapon: ShortText | None = None
    weapon_determination: WeaponDetermination | None = None
    threat_statement: LongText | None = None
    incident: Incident = Field(default_factory=Incident)
    student: dict[str, Any] = Field(default_factory=dict)
    attachments: list[Attachment] = Field(default_factory=list, max_length=100)
    information_request_id: ShortText | None = None
