"""The one JSON reader for request bodies: I-JSON (RFC 7493), refused rather than guessed at.

Python's ``json`` accepts things the rest of the service cannot carry: ``NaN`` and ``Infinity``
(not JSON), integers past 2^53 (RFC 8785 canonical JSON, which the audit log hashes, has no form
for them), strings holding a lone UTF-16 surrogate (not encodable as UTF-8) or NUL (which PostgreSQL text
cannot store), nesting deep enough
to exhaust the recursion of whoever walks it next, and duplicate object keys (last one wins,
silently; the reader cannot know which value was meant). Each is an ``InvalidRequest`` here,
before any other code sees the value, and the message never quotes the input (not even a key).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from gatekeeper.errors import InvalidRequest

MAX_SAFE_INT = 2**53 - 1
# Deep enough for any student record a school system exports; far below the interpreter's
# recursion limit, so every later walk of the value (redactor, canonical JSON) is safe.
MAX_DEPTH = 64
# A lone surrogate cannot be encoded as UTF-8; NUL cannot be stored in a PostgreSQL text column.
_SURROGATE = re.compile("[\ud800-\udfff\x00]")


class NotJson(InvalidRequest):
    """The body is not JSON text at all (as opposed to JSON this service refuses to read)."""


def _refuse(message: str) -> InvalidRequest:
    return InvalidRequest(message, errors=[{"loc": ["body"], "type": "json_refused", "msg": message}])


def _parse_int(text: str) -> int:
    # Checked before int(): a 100,000-digit literal costs quadratic time to convert.
    digits = text.lstrip("-")
    if len(digits) > 16 or int(text) > MAX_SAFE_INT or int(text) < -MAX_SAFE_INT:
        raise _refuse("the body holds an integer outside +/-(2^53 - 1), which JSON readers cannot all represent")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _refuse("the body holds a number too large to represent")
    return value


def _parse_constant(_: str) -> Any:
    raise _refuse("NaN and Infinity are not JSON numbers")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _refuse("an object in the body names the same key twice; send each key once")
    return out


def _check(value: Any) -> None:
    """Depth and lone surrogates, iteratively (the value may be deeper than we accept)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, str):
            if _SURROGATE.search(v):
                raise _refuse("a string in the body holds an unpaired UTF-16 surrogate or a NUL character")
        elif isinstance(v, dict):
            if depth > MAX_DEPTH:
                raise _refuse(f"the body is nested deeper than {MAX_DEPTH} levels")
            for k, item in v.items():
                if _SURROGATE.search(k):
                    raise _refuse("a key in the body holds an unpaired UTF-16 surrogate or a NUL character")
                stack.append((item, depth + 1))
        elif isinstance(v, list):
            if depth > MAX_DEPTH:
                raise _refuse(f"the body is nested deeper than {MAX_DEPTH} levels")
            stack.extend((item, depth + 1) for item in v)


def loads(raw: bytes | str) -> Any:
    """Parse a request body, or raise InvalidRequest saying what kind of problem (never where in
    the caller's own key names, never the value)."""
    try:
        value = json.loads(
            raw,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
            object_pairs_hook=_pairs,
        )
    except InvalidRequest:
        raise
    except RecursionError:
        raise _refuse(f"the body is nested deeper than {MAX_DEPTH} levels") from None
    except (ValueError, UnicodeDecodeError, TypeError):
        msg = "the body is not valid JSON"
        raise NotJson(msg, errors=[{"loc": ["body"], "type": "json_invalid", "msg": msg}]) from None
    _check(value)
    return value
