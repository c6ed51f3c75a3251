"""Policy governance: a change is proposed by one policy administrator and applied by another.

propose  -> validate the candidate bundle by building a Gate from it, store it in policy_changes
            (state ``proposed``, old and new version hashes), audit ``policy_proposed``;
shadow   -> run the candidate beside the live policy over the requests this process saw recently
            (an in-memory ring buffer, never persisted, never logged) and/or an uploaded sample,
            and report where the decisions differ;
approve  -> by a different policy administrator: activate the bundle (policy_active upsert and a
            change notification, in the same transaction as the ``policy_changed`` audit entry),
            then swap this process's Gate. Other processes follow through the PolicyWatcher.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import structlog
from sqlalchemy import Connection, insert, select, update

from gatekeeper.context import Context
from gatekeeper.core.answers import ActivePolicy, PolicyFile, Proposal, ShadowReport, iso
from gatekeeper.core.engine import Evaluation, Gate
from gatekeeper.core.request import SubmitRequest
from gatekeeper.errors import Conflict, Forbidden, InvalidRequest, InvalidTransition, NotFound
from gatekeeper.policy.version import version_of
from gatekeeper.service.policy import activate_in, materialise, read_bundle
from gatekeeper.service.principals import Principal
from gatekeeper.service.recent import recent_requests
from gatekeeper.service.requests import parse_request
from gatekeeper.service.retention import retention_years
from gatekeeper.storage import schema

log = structlog.get_logger("gatekeeper.governance")

PROPOSED = "proposed"
APPLIED = "applied"
SAMPLE_MAX = 5_000
_FILE_MAX = 2 * 1024 * 1024
_CANDIDATES_KEY = "governance.candidate_gates"


# -- bundles ----------------------------------------------------------------------------------------


def _check_path(rel: str) -> str:
    p = PurePosixPath(rel)
    if (
        not rel
        or rel.startswith("/")
        or "\\" in rel
        or any(part in ("", ".", "..") or part.startswith(".") for part in p.parts)
        or len(rel) > 300
    ):
        raise InvalidRequest("a policy file path must be a plain relative path inside the bundle")
    return p.as_posix()


def active_bundle(ctx: Context) -> tuple[dict[str, str], str]:
    """The bundle in force (the service's, if it was ever changed through it; else the files) and its source."""
    with ctx.db.engine.connect() as conn:
        row = conn.execute(select(schema.policy_active.c.bundle).where(schema.policy_active.c.id == 1)).first()
    if row is not None:
        bundle: dict[str, str] = json.loads(row.bundle)
        return bundle, "service"
    return read_bundle(Path(ctx.settings.policy_dir)), "files"


def bundle_version(bundle: Mapping[str, str]) -> str:
    return version_of({k: v.encode("utf-8") for k, v in bundle.items()})


def build_gate(bundle: Mapping[str, str], target: Path | None = None) -> Gate:
    """A Gate from a bundle, or InvalidRequest naming the problem (file and problem, never contents)."""
    from gatekeeper.service.authz import Authorizer
    from gatekeeper.service.witnessing import load_witness_policy

    with tempfile.TemporaryDirectory(prefix="gk-policy-") as tmp:
        d = Path(tmp) / "bundle"
        try:
            materialise(dict(bundle), d)
        except (ValueError, OSError) as exc:
            raise InvalidRequest(f"the policy bundle could not be written ({type(exc).__name__})") from None
        try:
            gate = Gate.load(d)
            Authorizer.load(d)
            retention_years(d)
            load_witness_policy(d)
        except Exception as exc:
            problem = _problem_text(exc)
            raise InvalidRequest(
                f"the candidate policy is invalid: {problem}",
                errors=[{"loc": ["files"], "type": "policy_invalid", "msg": problem}],
            ) from None
        if target is None:
            # Keep the candidate loadable after the temp folder goes: rebuild from a stable copy.
            return gate
    return Gate.load(materialise(dict(bundle), target))


def _problem_text(exc: Exception) -> str:
    from gatekeeper.errors import GatekeeperError
    from gatekeeper.policy.errors import PolicyLoadError
    from gatekeeper.redact import RedactorLoadError

    if isinstance(exc, GatekeeperError):
        return exc.message
    if isinstance(exc, (PolicyLoadError, RedactorLoadError)):
        return str(exc)[:500]
    return f"the policy could not be loaded ({type(exc).__name__})"


def validate_dir(policy_dir: Path) -> Gate:
    """Load a policy folder as the service would (Gate, authorization, retention, reporting, witnesses);
    raise on a problem."""
    from gatekeeper.reporting.tables import ReportingPolicy
    from gatekeeper.service.authz import Authorizer
    from gatekeeper.service.witnessing import load_witness_policy

    gate = Gate.load(policy_dir)
    Authorizer.load(policy_dir)
    retention_years(policy_dir)
    ReportingPolicy.load(policy_dir)
    load_witness_policy(policy_dir)
    return gate


def _candidate_gate(ctx: Context, row: Any) -> Gate:
    cache = ctx.extras.setdefault(_CANDIDATES_KEY, {})
    assert isinstance(cache, dict)
    gate = cache.get(row.new_version)
    if isinstance(gate, Gate):
        return gate
    bundle: dict[str, str] = json.loads(row.bundle)
    target = Path(ctx.settings.data_dir) / "policy" / str(row.new_version)
    target.parent.mkdir(parents=True, exist_ok=True)
    gate = Gate.load(materialise(bundle, target))
    cache.clear()  # one candidate at a time is plenty
    cache[row.new_version] = gate
    return gate


# -- views -------------------------------------------------------------------------------------------


def _require(ctx: Context, principal: Principal, act: str) -> None:
    ctx.authz.require_role(principal.role.value, "policy", act)


def _file_list(bundle: Mapping[str, str]) -> list[PolicyFile]:
    return [
        PolicyFile(path=k, sha256=hashlib.sha256(v.encode("utf-8")).hexdigest(), bytes=len(v.encode("utf-8")))
        for k, v in sorted(bundle.items())
    ]


def active_policy(ctx: Context, principal: Principal) -> ActivePolicy:
    _require(ctx, principal, "read")
    bundle, source = active_bundle(ctx)
    return ActivePolicy(
        version=ctx.gate.version,
        bundle_version=bundle_version(bundle),
        source=source,
        files=_file_list(bundle),
    )


def _proposal_view(row: Any, changed: list[str] | None = None, **extra: Any) -> Proposal:
    """A proposal as answered: ``changed_files`` only where the bundle was compared with the
    active one, and ``extra`` keys (the audit index, the version now active) after the rest."""
    compared: dict[str, Any] = {} if changed is None else {"changed_files": changed}
    return Proposal(
        id=row.id,
        state=row.state,
        proposed_by=row.proposed_by,
        approved_by=row.approved_by,
        old_version=row.old_version,
        new_version=row.new_version,
        created_at=iso(row.created_at),
        applied_at=iso(row.applied_at),
        **compared,
        **extra,
    )


def _load_proposal(conn: Connection, proposal_id: str) -> Any:
    row = conn.execute(select(schema.policy_changes).where(schema.policy_changes.c.id == proposal_id)).first()
    if row is None:
        raise NotFound("no such policy proposal")
    return row


def _changed(old: Mapping[str, str], new: Mapping[str, str]) -> list[str]:
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


def list_proposals(ctx: Context, principal: Principal, limit: int = 100) -> list[Proposal]:
    _require(ctx, principal, "read")
    t = schema.policy_changes
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(select(t).order_by(t.c.created_at.desc()).limit(max(1, min(limit, 500)))).all()
    return [_proposal_view(r) for r in rows]


def get_proposal(ctx: Context, principal: Principal, proposal_id: str) -> Proposal:
    _require(ctx, principal, "read")
    with ctx.db.engine.connect() as conn:
        row = _load_proposal(conn, proposal_id)
    base, _ = active_bundle(ctx)
    return _proposal_view(row, _changed(base, json.loads(row.bundle)))


# -- propose -----------------------------------------------------------------------------------------


def propose(ctx: Context, principal: Principal, files: Any) -> Proposal:
    """``files``: {relative path: content, or null to delete}; a full bundle or an overlay on the active one."""
    _require(ctx, principal, "propose")
    if not isinstance(files, dict) or not files:
        raise InvalidRequest('send {"files": {relative_path: content}} with at least one file')
    base, _ = active_bundle(ctx)
    candidate = dict(base)
    for raw, content in files.items():
        if not isinstance(raw, str):
            raise InvalidRequest("a policy file path must be a string")
        rel = _check_path(raw)
        if content is None:
            candidate.pop(rel, None)
            continue
        if not isinstance(content, str):
            raise InvalidRequest("a policy file's content must be text (or null to delete it)")
        if len(content.encode("utf-8")) > _FILE_MAX:
            raise InvalidRequest("a policy file is too large")
        candidate[rel] = content
    build_gate(candidate)  # raises InvalidRequest (422) with the problem
    old_version = ctx.gate.version
    new_version = bundle_version(candidate)
    if new_version == old_version:
        raise InvalidRequest("the proposal changes nothing: its version equals the active policy's")
    changed = _changed(base, candidate)
    now = datetime.now(UTC)
    pid = uuid.uuid4().hex
    entry = {
        "event_type": "policy_proposed",
        "event_time": iso(now),
        "actor": principal.actor(),
        "policy_version": old_version,
        "details": {
            "proposal_id": pid,
            "old_version": old_version,
            "new_version": new_version,
            "changed_files": changed,
        },
    }

    def write(conn: Connection, index: int) -> None:
        conn.execute(
            insert(schema.policy_changes).values(
                id=pid,
                proposed_by=principal.id,
                approved_by=None,
                old_version=old_version,
                new_version=new_version,
                bundle=json.dumps(candidate, sort_keys=True),
                state=PROPOSED,
                created_at=now,
                applied_at=None,
            )
        )

    appended = ctx.audit.append([entry], write)
    log.info("policy_proposed", proposal_id=pid, new_version=new_version[:16], actor=principal.id)
    with ctx.db.engine.connect() as conn:
        row = _load_proposal(conn, pid)
    return _proposal_view(row, changed, audit={"index": appended.first_index})


# -- shadow --------------------------------------------------------------------------------------------


def _outcome(ev: Evaluation) -> dict[str, Any]:
    return {
        "decision": ev.decision.outcome.value,
        "reasons": list(ev.decision.reason_codes),
        "withheld": sorted({r.category.value for r in ev.redactions}),
        "policy_version": ev.decision.policy_version,
    }


def shadow_compare(live: Gate, candidate: Gate, items: Iterable[tuple[str, int, Any]]) -> ShadowReport:
    """Per request: live vs candidate decision, and the reason codes / withheld categories that changed."""
    results: list[dict[str, Any]] = []
    summary: Counter[str] = Counter()
    for source, index, item in items:
        summary["requests"] += 1
        try:
            req = item if isinstance(item, SubmitRequest) else parse_request(item, live)
        except InvalidRequest as exc:
            summary["errors"] += 1
            err = {"code": "invalid_request", "message": exc.message}
            results.append({"source": source, "index": index, "error": err})
            continue
        a, b = _outcome(live.evaluate(req)), _outcome(candidate.evaluate(req))
        decision_changed = a["decision"] != b["decision"]
        diff = {
            "reasons_added": sorted(set(b["reasons"]) - set(a["reasons"])),
            "reasons_removed": sorted(set(a["reasons"]) - set(b["reasons"])),
            "withheld_added": sorted(set(b["withheld"]) - set(a["withheld"])),
            "withheld_removed": sorted(set(a["withheld"]) - set(b["withheld"])),
        }
        changed = decision_changed or any(diff.values())
        summary["changed" if changed else "unchanged"] += 1
        if decision_changed:
            summary[f"{a['decision']}_to_{b['decision']}"] += 1
        for code in diff["reasons_added"]:
            summary[f"reason_added:{code}"] += 1
        for code in diff["withheld_added"]:
            summary[f"withheld_added:{code}"] += 1
        for code in diff["withheld_removed"]:
            summary[f"withheld_removed:{code}"] += 1
        # Per request, decisions and reason codes only: which categories were withheld from a
        # given request is for its submitter, approver and the board; here they are only counted.
        results.append(
            {
                "source": source,
                "index": index,
                "changed": changed,
                "decision_changed": decision_changed,
                "live": {k: a[k] for k in ("decision", "reasons")},
                "candidate": {k: b[k] for k in ("decision", "reasons")},
                "reasons_added": diff["reasons_added"],
                "reasons_removed": diff["reasons_removed"],
                "withholding_changed": bool(diff["withheld_added"] or diff["withheld_removed"]),
            }
        )
    base = {"requests": 0, "changed": 0, "unchanged": 0, "errors": 0, "allow_to_deny": 0, "deny_to_allow": 0}
    base.update(summary)
    return ShadowReport(
        live_version=live.version,
        candidate_version=candidate.version,
        summary=dict(sorted(base.items())),
        results=results,
    )


def parse_sample(text: str) -> list[Any]:
    """An uploaded JSONL sample: one contract request per line (or {"request": {...}})."""
    out: list[Any] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if len(out) >= SAMPLE_MAX:
            raise InvalidRequest(f"a shadow sample may hold at most {SAMPLE_MAX} requests")
        try:
            obj = json.loads(line)
        except ValueError:
            raise InvalidRequest(f"sample line {n} is not valid JSON") from None
        if isinstance(obj, dict) and "school_id" not in obj and isinstance(obj.get("request"), dict):
            obj = obj["request"]
        out.append(obj)
    return out


def shadow(
    ctx: Context,
    principal: Principal,
    proposal_id: str,
    sample: list[Any] | None = None,
    *,
    include_recent: bool = True,
) -> ShadowReport:
    _require(ctx, principal, "read")
    with ctx.db.engine.connect() as conn:
        row = _load_proposal(conn, proposal_id)
    candidate = _candidate_gate(ctx, row)
    items: list[tuple[str, int, Any]] = []
    if include_recent:
        items.extend(("recent", i, r) for i, r in enumerate(recent_requests(ctx)))
    if sample:
        if len(sample) > SAMPLE_MAX:
            raise InvalidRequest(f"a shadow sample may hold at most {SAMPLE_MAX} requests")
        items.extend(("sample", i, r) for i, r in enumerate(sample))
    # which proposal, and where it stands, after the comparison's keys
    return shadow_compare(ctx.gate, candidate, items).model_copy(update={"proposal_id": row.id, "state": row.state})


# -- approve -------------------------------------------------------------------------------------------


def approve(ctx: Context, principal: Principal, proposal_id: str) -> Proposal:
    _require(ctx, principal, "approve")
    with ctx.db.engine.connect() as conn:
        row = _load_proposal(conn, proposal_id)
    if row.proposed_by == principal.id:
        raise Forbidden("the proposer cannot approve their own policy change; a second policy administrator must")
    if row.state != PROPOSED:
        raise InvalidTransition(f"only a proposed change can be approved (this one is {row.state})")
    if row.old_version != ctx.gate.version:
        raise Conflict("the active policy changed since this proposal was made; propose the change again")
    target = Path(ctx.settings.data_dir) / "policy" / str(row.new_version)
    target.parent.mkdir(parents=True, exist_ok=True)
    bundle: dict[str, str] = json.loads(row.bundle)
    gate = build_gate(bundle, target)
    if gate.version != row.new_version:
        raise Conflict("the stored bundle does not hash to the proposed version; propose the change again")
    now = datetime.now(UTC)
    entry = {
        "event_type": "policy_changed",
        "event_time": iso(now),
        "actor": principal.actor(),
        "policy_version": row.new_version,
        "details": {
            "proposal_id": row.id,
            "proposed_by": row.proposed_by,
            "approved_by": principal.id,
            "old_version": row.old_version,
            "new_version": row.new_version,
            "changed_files": _changed(active_bundle(ctx)[0], bundle),
        },
    }

    def write(conn: Connection, index: int) -> None:
        t = schema.policy_changes
        res = conn.execute(
            update(t)
            .where(t.c.id == row.id, t.c.state == PROPOSED)
            .values(state=APPLIED, approved_by=principal.id, applied_at=now)
        )
        if res.rowcount != 1:
            raise InvalidTransition("the proposal changed state meanwhile")
        activate_in(conn, ctx.db, row.bundle, row.new_version)

    appended = ctx.audit.append([entry], write)
    ctx.apply_policy(gate)
    watcher = ctx.extras.get("policy_watcher")
    if watcher is not None and hasattr(watcher, "current"):
        watcher.current = gate.version
    log.info("policy_changed", proposal_id=row.id, new_version=row.new_version[:16], actor=principal.id)
    with ctx.db.engine.connect() as conn:
        done = _load_proposal(conn, row.id)
    return _proposal_view(done, audit={"index": appended.first_index}, active_version=ctx.gate.version)


def principal_by_id(ctx: Context, principal_id: str) -> Principal:
    """For the command line's --by: the named principal, who must exist."""
    from gatekeeper.service.principals import get_principal

    with ctx.db.engine.connect() as conn:
        p = get_principal(conn, principal_id)
    if p is None:
        raise NotFound("no such principal")
    return p
