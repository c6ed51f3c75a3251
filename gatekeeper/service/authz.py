"""Authorization by a second Casbin model (policies/authz/): role, object, action and domain."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import casbin

from gatekeeper.errors import Forbidden, PolicyInvalid
from gatekeeper.logging import silence_casbin


def domain_match(rdom: str, pdom: str) -> bool:
    """A resource's domain is within a principal's: the same, or a school below a district
    prefix ("BPS" covers "BPS-1234"). Units of police match exactly: a liaison of "bpd" does
    not see what is addressed to "bpd/district-b2"."""
    if not rdom or not pdom:
        return False
    return rdom == pdom or rdom.startswith(pdom + "-")


class Authorizer:
    def __init__(self, enforcer: Any) -> None:
        self._e = enforcer
        self._cached = lru_cache(maxsize=65536)(self._enforce)
        self._rules: set[tuple[str, str, str]] = {(str(r[0]), str(r[1]), str(r[2])) for r in enforcer.get_policy()}

    @classmethod
    def load(cls, policy_dir: Path) -> Authorizer:
        d = policy_dir / "authz"
        try:
            e = casbin.Enforcer(str(d / "model.conf"), str(d / "policy.csv"))
            silence_casbin()  # its log lines carry request values
            e.add_function("domainMatch", domain_match)
        except Exception as exc:
            raise PolicyInvalid("the authorization policy could not be loaded") from exc
        return cls(e)

    def _enforce(self, role: str, pdom: str, rdom: str, obj: str, act: str) -> bool:
        try:
            return bool(self._e.enforce(role, pdom, rdom, obj, act))
        except Exception:
            return False  # an error in deciding denies

    def may(self, role: str, obj: str, act: str) -> bool:
        """Whether the role may do this at all (before the resource is known)."""
        return (role, obj, act) in self._rules

    def allowed(self, role: str, pdom: str | None, rdom: str | None, obj: str, act: str) -> bool:
        return self._cached(role, pdom or "", rdom or "", obj, act)

    def require(self, role: str, pdom: str | None, rdom: str | None, obj: str, act: str) -> None:
        if not self.allowed(role, pdom, rdom, obj, act):
            raise Forbidden("not permitted for this role or domain")

    def require_role(self, role: str, obj: str, act: str) -> None:
        if not self.may(role, obj, act):
            raise Forbidden("not permitted for this role")
