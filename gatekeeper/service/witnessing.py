"""The log as a client of its witnesses (C2SP tlog-witness), and which checkpoints are witnessed.

The witnesses policy is read from the policy in force (``ctx.gate.policy_dir``), so a change
approved through the policy workflow applies like any other policy change.

For each witness named in ``policies/audit/witnesses.yaml`` the log sends its latest signed
checkpoint with a consistency proof from the size that witness last cosigned, verifies the
cosignature it gets back against the witness's key from the policy, and stores it beside the
checkpoint. A checkpoint is *witnessed* once ``required`` of the policy's witnesses cosigned it.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from audit import tree
from audit.checkpoint import Checkpoint
from audit.note import NoteError, split_note
from audit.tlog_witness import (
    SIZE_CONTENT_TYPE,
    Cosignature,
    WitnessKey,
    WitnessProtocolError,
    add_checkpoint_body,
    cosignatures_from_response,
    parse_conflict_size,
    valid_cosigners,
)
from gatekeeper.auditlog import cosignatures, store
from gatekeeper.context import Context
from gatekeeper.core.policy_yaml import load_policy_yaml
from gatekeeper.errors import NotFound, PolicyInvalid

POLICY_FILE = Path("audit") / "witnesses.yaml"


@dataclass(frozen=True)
class WitnessPolicy:
    required: int
    witnesses: tuple[WitnessKey, ...]


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    text: str


# POST(url, body) -> the witness's answer; the CLI passes an httpx call, tests may pass their own.
Post = Callable[[str, bytes], Answer]


@dataclass(frozen=True)
class WitnessOutcome:
    witness: str
    ok: bool
    old_size: int
    size: int
    problem: str | None = None


@dataclass(frozen=True)
class WitnessedCheckpoint:
    note: str
    size: int
    root_b64: str
    cosignatures: tuple[Cosignature, ...]
    valid_witnesses: tuple[str, ...]
    required: int

    @property
    def witnessed(self) -> bool:
        return self.required > 0 and len(self.valid_witnesses) >= self.required

    @property
    def cosigned_note(self) -> str:
        return self.note + "".join(c.line for c in self.cosignatures)


def load_witness_policy(policy_dir: Path) -> WitnessPolicy:
    f = Path(policy_dir) / POLICY_FILE
    if not f.is_file():
        return WitnessPolicy(1, ())
    try:
        data = load_policy_yaml(f.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        raise PolicyInvalid("audit/witnesses.yaml: invalid YAML") from None
    if not isinstance(data, dict):
        raise PolicyInvalid("audit/witnesses.yaml: expected a mapping with required and witnesses")
    required, items = data.get("required"), data.get("witnesses") or []
    if not isinstance(required, int) or isinstance(required, bool) or required < 1:
        raise PolicyInvalid("audit/witnesses.yaml: required must be a whole number of at least 1")
    if not isinstance(items, list):
        raise PolicyInvalid("audit/witnesses.yaml: witnesses must be a list")
    keys: list[WitnessKey] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not isinstance(item.get("vkey"), str):
            raise PolicyInvalid("audit/witnesses.yaml: each witness needs a name and a vkey")
        url = item.get("url")
        if url is not None and not isinstance(url, str):
            raise PolicyInvalid("audit/witnesses.yaml: a witness url must be a string")
        key = WitnessKey(item["name"], item["vkey"].strip(), url.rstrip("/") if url else None)
        try:
            key.verifier()
        except (NoteError, ValueError) as exc:
            raise PolicyInvalid(f"audit/witnesses.yaml: witness {key.name}: {exc}") from None
        keys.append(key)
    if len({k.name for k in keys}) != len(keys):
        raise PolicyInvalid("audit/witnesses.yaml: two witnesses share a name")
    return WitnessPolicy(required, tuple(keys))


def _latest(ctx: Context) -> tuple[str, Checkpoint]:
    with ctx.db.engine.connect() as conn:
        note = store.latest_checkpoint(conn)
    if note is None:
        raise NotFound("the log has no checkpoint yet")
    return note, Checkpoint.parse(split_note(note)[0])


def _proof(ctx: Context, old: int, size: int) -> list[bytes]:
    if old in (0, size):
        return []
    with ctx.db.engine.connect() as conn:
        return tree.consistency_proof_at(old, size, store.SqlNodeReader(conn))


def submit_latest(ctx: Context, witness: WitnessKey, post: Post) -> WitnessOutcome:
    """Ask one witness to cosign the latest checkpoint; store the cosignature when it does."""
    if not witness.url:
        return WitnessOutcome(witness.name, False, 0, 0, "the policy gives this witness no url")
    note, cp = _latest(ctx)
    with ctx.db.engine.connect() as conn:
        old = cosignatures.last_cosigned_size(conn, witness.name)
    # One retry: a 409 tells us the size the witness really holds (it may have lost or gained state).
    for _ in range(2):
        if old > cp.size:
            return WitnessOutcome(
                witness.name, False, old, cp.size,
                f"the witness has cosigned size {old}, larger than the log's latest checkpoint: the log shrank",
            )
        body = add_checkpoint_body(old, _proof(ctx, old, cp.size), note)
        answer = post(f"{witness.url}/add-checkpoint", body)
        if answer.status == 200:
            try:
                got = cosignatures_from_response(note, answer.text, witness)
            except WitnessProtocolError as exc:
                return WitnessOutcome(witness.name, False, old, cp.size, f"unusable cosignature: {exc}")
            with ctx.db.engine.begin() as conn:
                cosignatures.store(conn, cp.size, max(got, key=lambda c: c.timestamp))
            return WitnessOutcome(witness.name, True, old, cp.size)
        if answer.status == 409 and answer.content_type.split(";")[0].strip() == SIZE_CONTENT_TYPE:
            try:
                held = parse_conflict_size(answer.text)
            except WitnessProtocolError as exc:
                return WitnessOutcome(witness.name, False, old, cp.size, str(exc))
            if held == old:
                return WitnessOutcome(
                    witness.name, False, old, cp.size,
                    "the witness holds a different tree of the same size: the log may have forked",
                )
            old = held
            continue
        return WitnessOutcome(
            witness.name, False, old, cp.size, f"the witness refused with HTTP {answer.status}: {answer.text[:200]}"
        )
    return WitnessOutcome(witness.name, False, old, cp.size, "the witness kept answering 409 Conflict")


def latest_witnessed(ctx: Context) -> WitnessedCheckpoint:
    """The latest checkpoint with its stored cosignatures, and which of the policy's witnesses
    verify (checked again here, not trusted from the table)."""
    note, cp = _latest(ctx)
    policy = load_witness_policy(ctx.gate.policy_dir)
    with ctx.db.engine.connect() as conn:
        cos = cosignatures.for_size(conn, cp.size)
    valid = valid_cosigners(note, [c.line for c in cos], policy.witnesses)
    return WitnessedCheckpoint(
        note, cp.size, base64.b64encode(cp.root).decode(), tuple(cos), tuple(valid), policy.required
    )
