"""The tables. Nothing here may hold a value RULES.md section 4 forbids.

The submitted request itself is never stored: only the decision, the police copy (already
redacted), paths and categories of what was withheld, and a keyed pseudonym of the student.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

principals = Table(
    "principals",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("role", String(32), nullable=False),
    Column("org", String(200), nullable=True),
    # A parent or eligible student is linked to the keyed pseudonym, never the raw student id.
    Column("student_pseudonym", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("key_id", String(32), primary_key=True),
    Column("principal_id", String(128), nullable=False, index=True),
    Column("secret_hash", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

requests = Table(
    "requests",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("client_request_id", String(128), nullable=False),
    Column("submitted_by", String(128), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("state", String(32), nullable=False),
    Column("school_id", String(64), nullable=False),
    Column("recipient", String(200), nullable=False),
    Column("recipient_agency", String(64), nullable=True),
    Column("ground", String(64), nullable=False),
    Column("decision", String(8), nullable=False),
    Column("reason_codes", Text, nullable=False),
    Column("withheld_categories", Text, nullable=False),
    Column("policy_version", String(64), nullable=False),
    Column("student_pseudonym", String(64), nullable=True),
    Column("student_eligible", Boolean, nullable=False, default=False),
    # The Decision as answered to the submitter: the police copy and paths/categories withheld.
    Column("decision_json", Text, nullable=False),
    Column("audit_index", BigInteger, nullable=True),
    Column("information_request_id", String(64), nullable=True),
    Column("approved_by", String(128), nullable=True),
    Column("decided_at", DateTime(timezone=True), nullable=True),
    Column("decline_reason", Text, nullable=True),
    Column("released_at", DateTime(timezone=True), nullable=True),
    Column("opened_at", DateTime(timezone=True), nullable=True),
    Column("parent_notified_at", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # Client keys are scoped to their submitter: idempotency is per (submitter, key), and a
    # lookup by key resolves among the requests the caller may see (service.requests._resolve).
    UniqueConstraint("submitted_by", "client_request_id", name="uq_requests_client_id"),
    Index("ix_requests_client_id", "client_request_id"),
    Index("ix_requests_state_recipient", "state", "recipient_agency", "recipient"),
    Index("ix_requests_student", "student_pseudonym"),
    Index("ix_requests_created", "created_at"),
)

# The released report lives apart from the log: the log commits to a salted hash of it, so a
# body destroyed after its retention leaves the log verifiable.
report_bodies = Table(
    "report_bodies",
    metadata,
    Column("request_id", String(64), primary_key=True),
    Column("body", Text, nullable=True),
    Column("salt", LargeBinary, nullable=True),
    Column("commitment", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("destroyed_at", DateTime(timezone=True), nullable=True),
)

information_requests = Table(
    "information_requests",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("filed_by", String(128), nullable=False),
    Column("unit", String(200), nullable=False),
    Column("school_id", String(64), nullable=False),
    Column("ground", String(64), nullable=False),
    Column("student_pseudonym", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("state", String(32), nullable=False),
    Column("answered_by", String(128), nullable=True),
    Column("answer_request_id", String(64), nullable=True),
    Column("decline_reason", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# Aggregate counters only: a fixed code list, never per request, never a free value.
demographic_counts = Table(
    "demographic_counts",
    metadata,
    Column("period", String(7), primary_key=True),
    Column("dimension", String(32), primary_key=True),
    Column("code", String(64), primary_key=True),
    Column("count", BigInteger, nullable=False),
)

policy_changes = Table(
    "policy_changes",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("proposed_by", String(128), nullable=False),
    Column("approved_by", String(128), nullable=True),
    Column("old_version", String(64), nullable=False),
    Column("new_version", String(64), nullable=False),
    Column("bundle", Text, nullable=False),
    Column("state", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=True),
)

# The active policy bundle when it was changed through the service; several processes converge
# on the newest row.
policy_active = Table(
    "policy_active",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", String(64), nullable=False),
    Column("bundle", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

auth_generation = Table(
    # One row (id 1); every revocation increments it in its own transaction, and each process's
    # key cache is valid only while the counter it read is still current.
    "auth_generation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("generation", BigInteger, nullable=False),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("root", LargeBinary, nullable=False),
)

audit_entries = Table(
    "audit_entries",
    metadata,
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("entry", Text, nullable=False),
    Column("leaf_hash", LargeBinary, nullable=False),
    Column("event_type", String(48), nullable=False),
    Column("request_id", String(64), nullable=True, index=True),
    Column("student_pseudonym", String(64), nullable=True, index=True),
)

# Every complete subtree hash: node (level, idx) covers leaves [idx*2^level, (idx+1)*2^level).
audit_nodes = Table(
    "audit_nodes",
    metadata,
    Column("level", Integer, primary_key=True, autoincrement=False),
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary, nullable=False),
)

# The log's tables hold only what verification checks: `gatekeeper audit verify` recomputes the
# tree from the entries and compares every column here with it (leaf hashes, the copies of entry
# fields kept for lookups, every node, each checkpoint's size and root against its signed note,
# and the head), so an edit of any stored value is named.
audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("size", BigInteger, primary_key=True, autoincrement=False),
    Column("root", LargeBinary, nullable=False),
    Column("note", Text, nullable=False),
)

# Witness cosignatures (C2SP tlog-cosignature) of a checkpoint, one per witness: the signature
# line as the witness returned it, verified against the witness's key before it was stored and
# again whenever it counts. Name and time are read from the line, never kept beside it.
audit_cosignatures = Table(
    "audit_cosignatures",
    metadata,
    Column("size", BigInteger, primary_key=True, autoincrement=False),
    Column("witness", String(200), primary_key=True),
    Column("line", Text, nullable=False),
)

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_hash", LargeBinary, primary_key=True),
    Column("principal_id", String(128), nullable=False, index=True),
    # The key the session signed in with: every use checks it is neither revoked nor expired.
    Column("key_id", String(32), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)
