"""The police copy. Only this package can build one: the constructor demands a module-private
token, so nothing outside ``gatekeeper.redact`` can hand police an unredacted dict dressed up as a
released report."""

from __future__ import annotations

from typing import Any

_TOKEN = object()


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_copy(v) for v in value]
    return value


class ReleasedReport:
    """Exactly what police would receive. Frozen; ``to_dict()`` returns a fresh copy."""

    __slots__ = ("_body",)
    _body: dict[str, Any]

    def __init__(self, token: object, body: dict[str, Any]) -> None:
        if token is not _TOKEN:
            raise TypeError("ReleasedReport can only be built by gatekeeper.redact")
        object.__setattr__(self, "_body", body)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("ReleasedReport is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("ReleasedReport is frozen")

    def __reduce__(self) -> Any:
        raise TypeError("ReleasedReport cannot be pickled or copied")

    def __copy__(self) -> ReleasedReport:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> ReleasedReport:
        return self

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = _copy(self._body)
        return out

    def __repr__(self) -> str:
        return "ReleasedReport(...)"


def _make_report(body: dict[str, Any], *, fresh: bool = False) -> ReleasedReport:
    """Build the police copy. ``fresh=True``: the caller built ``body`` just now and keeps no
    reference to it, so it is not copied again."""
    return ReleasedReport(_TOKEN, body if fresh else _copy(body))
