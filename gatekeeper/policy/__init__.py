"""The decision engine: what may go to police, to whom, on which ground (RULES.md 1-3, 5)."""

from gatekeeper.policy.engine import Facts, PolicyEngine, facts_from_request
from gatekeeper.policy.errors import PolicyLoadError
from gatekeeper.policy.version import policy_version

__all__ = ["Facts", "PolicyEngine", "PolicyLoadError", "facts_from_request", "policy_version"]
