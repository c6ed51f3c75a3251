"""The submitted request, as the outer contract (CONTRACT.md) names it.

Unknown top-level keys are refused, never dropped: a caller must learn that its data did not go
where it thought. Unknown keys inside ``student`` are expected and withheld unless allowlisted.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

ShortText = Annotated[str, StringConstraints(max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=20_000)]


class Incident(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    occurred_at: ShortText | None = None
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
