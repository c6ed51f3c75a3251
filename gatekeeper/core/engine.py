"""Deciding and withholding together, as one pure function of the request and the policy.

``Gate.evaluate`` never raises: any error while deciding or redacting is a deny that releases
nothing (fail closed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from gatekeeper.core.demographics import DemographicCodes
from gatekeeper.core.request import SubmitRequest
from gatekeeper.core.types import Decision, Outcome, Reason, Redaction
from gatekeeper.policy.engine import PolicyEngine, facts_from_request
from gatekeeper.policy.version import policy_version
from gatekeeper.redact import Redactor, ReleasedReport

_TOKEN = re.compile(r"^[a-z0-9][a-z0-9_/\-]{0,63}$")
_LABELS_KEPT = 4096
# A UUID or a long hex id is a machine's: its groups read as words only through the dodge views
# ("e501" as "esol"), and 1 % of random UUIDs were refused as request_ids.
_MACHINE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,64}")


@dataclass(frozen=True, slots=True)
class Evaluation:
    decision: Decision
    # Present only when the decision allows: the only way to build one is through the redactor.
    report: ReleasedReport | None
    redactions: tuple[Redaction, ...]
    released_fields: tuple[str, ...]


class Gate:
    """The policy and the redactor loaded from one policy folder, with one version."""

    def __init__(self, policy: PolicyEngine, redactor: Redactor, version: str, policy_dir: Path) -> None:
        self.demographics = DemographicCodes.load(policy_dir)
        self.policy = policy
        self.redactor = redactor
        self.version = version
        self.policy_dir = policy_dir
        # safe_label's answers: a gate's policy never changes, and the same schools, recipients
        # and grounds come back on every request (each costs two scans). Bounded: cleared when full.
        self._labels: dict[tuple[str, bool], str] = {}

    @classmethod
    def load(cls, policy_dir: Path) -> Gate:
        version = policy_version(policy_dir)
        return cls(PolicyEngine.load(policy_dir), Redactor.load(policy_dir), version, policy_dir)

    @property
    def notice(self) -> str:
        return self.policy.notice

    def evaluate(self, req: SubmitRequest) -> Evaluation:
        try:
            red = self.redactor.redact_request(req, self.policy.notice)
            decision = self.policy.decide(facts_from_request(req, red.face_surveillance))
        except Exception:
            # Nothing about the request goes into the reason: an exception text may hold values.
            return Evaluation(
                decision=Decision(
                    outcome=Outcome.DENY,
                    reasons=(Reason("internal_error", "the request could not be evaluated; nothing was released"),),
                    matched_rule=(),
                    policy_version=self.version,
                    ground=self.safe_label(req.ground),
                ),
                report=None,
                redactions=(),
                released_fields=(),
            )
        if decision.outcome is Outcome.ALLOW:
            return Evaluation(decision, red.report, red.redactions, red.released_fields)
        return Evaluation(decision, None, red.redactions, ())

    def safe_label(self, value: str, *, fold: bool = True) -> str:
        """A caller-typed label (ground, recipient, school id) as we may echo and store it.

        A free-typed label can itself carry a forbidden value ("immigration check"), so only a
        plain token the scanner finds nothing in is kept; anything else becomes "other".
        """
        key = (value, fold)
        known = self._labels.get(key)
        if known is not None:
            return known
        label = self._safe_label(value, fold)
        if len(self._labels) >= _LABELS_KEPT:
            self._labels.clear()
        self._labels[key] = label
        return label

    def _safe_label(self, value: str, fold: bool) -> str:
        v = value.strip().replace(" ", "_")
        if fold:
            v = v.casefold()
        folded = v.casefold()
        if not _TOKEN.match(folded):
            return "other"
        if _MACHINE_ID.fullmatch(folded):
            return v
        try:
            if self.redactor.scan(value) or self.redactor.scan(v.replace("_", " ")):
                return "other"
        except Exception:
            return "other"
        return v
