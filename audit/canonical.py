"""Canonical JSON (RFC 8785 JCS): the exact bytes hashed into the audit log."""

from __future__ import annotations

import json
import re
from typing import Any

import orjson
import rfc8785

_MAX_SAFE_INT = 2**53 - 1


class CanonicalError(ValueError):
    """The value has no RFC 8785 form (e.g. NaN, out-of-range integer)."""


def canonical_json(obj: Any) -> bytes:
    """RFC 8785 serialisation of ``obj``.

    Every audit append canonicalises its entry (and more than once), so it takes ``json.dumps``
    with sorted keys (in C) and checks the text rather than walking the value in Python: where
    ``_settled`` finds nothing that could differ, the text is RFC 8785. Next, a value walked and
    found simple (ASCII keys, no floats, safe integers) keeps that text; anything else, the
    authoritative rfc8785. Tested against rfc8785.
    """
    try:
        text = _CHECKED_ENCODER.encode(obj)
    except (ValueError, TypeError, RecursionError):
        text = None  # NaN, infinity, an unknown type: rfc8785 refuses it with its own error
    # the walk only where the text could not settle it (a long digit run or a high character
    # inside a string); a simple value has no float, so the text is the same encoder's
    if text is not None and (_settled(text) or _simple(obj)):
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            pass  # a lone surrogate: let rfc8785 refuse it with its own error
    return _rfc8785(obj)


def _rfc8785(obj: Any) -> bytes:
    try:
        return bytes(rfc8785.dumps(obj))
    except Exception as exc:  # rfc8785 has several error classes; callers need one
        raise CanonicalError(str(exc)) from exc


def _simple(obj: Any, depth: int = 0) -> bool:
    """True when json.dumps(sort_keys) and RFC 8785 agree on ``obj``: no floats, no unsafe
    integers, and ASCII keys (code-point order equals RFC 8785's UTF-16 order)."""
    if depth > 64:
        return False
    if obj is None or obj is True or obj is False or isinstance(obj, str):
        return True
    if isinstance(obj, int):
        return abs(obj) <= _MAX_SAFE_INT
    if isinstance(obj, dict):
        return all(isinstance(k, str) and k.isascii() and _simple(v, depth + 1) for k, v in obj.items())
    if isinstance(obj, list | tuple):
        return all(_simple(v, depth + 1) for v in obj)
    return False


class _NotSimple(Exception):
    pass


def _reject_float(text: str) -> Any:
    raise _NotSimple(text)


def _checked_int(text: str) -> int:
    value = int(text)
    if abs(value) > _MAX_SAFE_INT:
        raise _NotSimple(text)
    return value


# Built once: json.loads/json.dumps construct a codec per call, which is a
# measurable share of the verifier's time at a million lines.
_FAST_DECODER = json.JSONDecoder(parse_float=_reject_float, parse_int=_checked_int)
_FAST_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


_ORJSON_OPTS = orjson.OPT_SORT_KEYS | orjson.OPT_STRICT_INTEGER
# orjson writes every float with a "." or an "e" in it.  Delete digits and signs, fold "," and
# "[" into ":" and "e" into ".": a number token that was a float leaves ":." behind (numbers
# follow ":", "," or "[" in compact JSON).  The same pair inside a string only costs the slow path.
_NOT_DIGITS = b"0123456789+-"
_FOLD = bytes.maketrans(b",[eE", b"::..")
_ENTRY_HEAD = len('{"entry":')
_ENTRY_TAIL = len(',"index":,"type":"entry"}')


def _has_float(compact: bytes) -> bool:
    return b":." in compact.translate(_FOLD, _NOT_DIGITS)


_HIGH = re.compile("[\ue000-\U0010ffff]")
_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
# Outside strings: a float (a digit before ".", "e" or "E") or an integer that may exceed 2**53.
_NOT_PLAIN = re.compile(r"\d[.eE]|\d{16}")
# Refuses NaN and infinity (RFC 8785 has no form for them) where json.dumps would write them.
_CHECKED_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _settled(text: str) -> bool:
    """Whether json.dumps' sorted compact text is already RFC 8785: no float (their number
    formats differ), no integer that may exceed 2**53 (refused), and no key order that code
    points and UTF-16 units would sort apart (only a character from U+E000 up beside one
    beyond U+FFFF can; such a character anywhere only costs the slower paths)."""
    if not (text.isascii() or _HIGH.search(text) is None):
        return False
    return _NOT_PLAIN.search(_STRINGS.sub("", text)) is None


def loads_with_canonical(text: str, key: str) -> tuple[Any, bytes]:
    """Parse a JSON object line and return ``(obj, canonical_json(obj[key]))``.

    The verifier canonicalises a million entries, so this takes orjson (parse and sorted
    compact dump, both in C) when the result provably equals json.loads and RFC 8785: the text
    is ASCII with no ``\\u`` escapes (so key order by code point equals RFC 8785's UTF-16 order,
    no lone surrogates, and the only string escapes are the short ones both write alike), and
    the parsed line holds no floats (number formatting differs; orjson also turns integers too
    big for 64 bits into floats) and no integers beyond 2**53 (``OPT_STRICT_INTEGER``).
    Anything else, and anything orjson refuses, takes ``_loads_with_canonical_json``, which
    keeps the exact results and error messages.
    """
    if text.isascii() and "\\u" not in text:
        try:
            obj = orjson.loads(text)
            if isinstance(obj, dict):
                index = obj.get("index")
                # An export entry line is {"entry":E,"index":N,"type":"entry"}: dump it once and
                # cut E out (floats could then only be in E).
                if len(obj) == 3 and key == "entry" and type(index) is int and obj.get("type") == key and key in obj:
                    whole = orjson.dumps(obj, option=_ORJSON_OPTS)
                    value = whole[_ENTRY_HEAD : len(whole) - _ENTRY_TAIL - len(str(index))]
                    if not _has_float(value):
                        return obj, value
                else:
                    whole = orjson.dumps(obj, option=_ORJSON_OPTS)
                    if not _has_float(whole):
                        return obj, orjson.dumps(obj.get(key), option=_ORJSON_OPTS)
        except (orjson.JSONDecodeError, orjson.JSONEncodeError):
            pass
    return _loads_with_canonical_json(text, key)


def _loads_with_canonical_json(text: str, key: str) -> tuple[Any, bytes]:
    """``loads_with_canonical`` by the standard library and rfc8785 alone."""
    if text.isascii() and "\\u" not in text:
        try:
            obj = _FAST_DECODER.decode(text)
        except _NotSimple:
            pass
        else:
            if not isinstance(obj, dict):
                raise CanonicalError("line is not a JSON object")
            return obj, _FAST_ENCODER.encode(obj.get(key)).encode("utf-8")
    obj = json.loads(text)
    if not isinstance(obj, dict):
        raise CanonicalError("line is not a JSON object")
    return obj, canonical_json(obj.get(key))
