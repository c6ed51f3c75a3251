"""Audit entries: JSON objects whose RFC 8785 bytes are the Merkle leaf data.

Field names (never values) of an entry, per RULES §6, are listed in
``ENTRY_FIELDS``.  Later lifecycle events (opened, parent_notified,
destroyed, policy_changed, ...) carry their specifics in ``details``.

Report bodies are never logged; ``body_commitment`` binds an entry to a body
through a random salt so that destroying the body and the salt later leaves
the log verifiable but the commitment meaningless to a brute-forcer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from audit.canonical import canonical_json

ENTRY_FIELDS: Mapping[str, str] = {
    "event_time": "RFC 3339 UTC timestamp of the event (string, required)",
    "event_type": "decision | opened | parent_notified | destroyed | policy_changed | ... (required)",
    "actor": "object {id, role, position} of the person or service acting",
    "request_id": "id of the report request the event belongs to",
    "school_id": "school the report concerns",
    "student_pseudonym": "per-log pseudonym of the student, never a name or SIS id",
    "recipient": "object {agency, unit, person} the report goes to",
    "ground": "stated ground for the request",
    "substance_classes": "list of substance classes involved",
    "legal_basis": "legal basis cited for release",
    "decision": "release | release_redacted | deny",
    "reason_codes": "list of machine reason codes for the decision",
    "matched_rule": "id of the policy rule that decided",
    "policy_version": "version of the policy bundle in force",
    "released_fields": "list of field paths released",
    "withheld": "list of {path, category} withheld",
    "report_hash": "hex SHA-256 of the released report",
    "notice_attached": "whether the rights notice went with the report (bool)",
    "body_commitment": "hex salted commitment to the report body, see body_commitment()",
    "details": "free-form object for later events",
}

_COMMITMENT_DOMAIN = b"gatekeeper/body-commitment/v1\x00"


class EntryError(ValueError):
    """An audit entry is malformed."""


def entry_leaf_data(entry: Mapping[str, Any]) -> bytes:
    """The leaf data for ``entry``: its RFC 8785 canonical JSON bytes."""
    return canonical_json(dict(entry))


def body_commitment(salt: bytes, body: bytes) -> str:
    """hex SHA-256(domain || len(salt) as 8-byte BE || salt || body).

    The domain tag keeps this hash from colliding with any other use of
    SHA-256 in the system; the length prefix makes salt/body boundaries
    unambiguous.  Use a fresh 32-byte random salt per body.
    """
    if len(salt) < 16:
        raise EntryError("salt must be at least 16 bytes")
    h = hashlib.sha256(_COMMITMENT_DOMAIN + len(salt).to_bytes(8, "big") + salt + body)
    return h.hexdigest()


_LIST_FIELDS = ("substance_classes", "reason_codes", "released_fields", "withheld")
_OBJECT_FIELDS = ("actor", "recipient", "details")


def validate_entry(entry: Mapping[str, Any]) -> None:
    """Light shape checks; raises EntryError."""
    if not isinstance(entry, Mapping):
        raise EntryError("entry must be a JSON object")
    for name in ("event_type", "event_time"):
        value = entry.get(name)
        if not isinstance(value, str) or not value:
            raise EntryError(f"{name} is required and must be a non-empty string")
    for name in _LIST_FIELDS:
        if name in entry and not isinstance(entry[name], list):
            raise EntryError(f"{name} must be a list")
    for name in _OBJECT_FIELDS:
        if name in entry and not isinstance(entry[name], Mapping):
            raise EntryError(f"{name} must be an object")
    if "notice_attached" in entry and not isinstance(entry["notice_attached"], bool):
        raise EntryError("notice_attached must be a boolean")
    for item in entry.get("withheld", []):
        if not isinstance(item, Mapping) or set(item) != {"path", "category"}:
            raise EntryError("withheld items must be {path, category}")
