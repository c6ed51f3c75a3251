from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.canonical import CanonicalError, _loads_with_canonical_json, canonical_json, loads_with_canonical
from audit.entry import ENTRY_FIELDS, EntryError, body_commitment, entry_leaf_data, validate_entry
from audit.keys import KeyFileError, load_or_create_signer, signer_from_env_value
from audit.note import generate_signer

ENTRY: dict[str, Any] = {
    "event_time": "2026-03-01T12:00:00Z",
    "event_type": "decision",
    "actor": {"id": "u1", "role": "principal", "position": "Principal"},
    "released_fields": ["incident.date"],
    "withheld": [{"path": "student.health", "category": "medical"}],
    "notice_attached": True,
}


def test_canonical_json_rfc8785() -> None:
    assert canonical_json({"b": 1, "a": [True, None, "é"]}) == '{"a":[true,null,"é"],"b":1}'.encode()
    # RFC 8785 §3.2.3 sorts by UTF-16 code units, unlike Python's code point order.
    assert canonical_json({"\U0001f600": 1, "\ufb01": 2}) == '{"\U0001f600":1,"\ufb01":2}'.encode()
    assert canonical_json({"n": 1e21, "m": 0.1}) == b'{"m":0.1,"n":1e+21}'
    with pytest.raises(CanonicalError):
        canonical_json({"x": float("nan")})


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**60), 2**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(entry=st.dictionaries(st.text(max_size=6), json_values, max_size=5), ascii_only=st.booleans())
def test_fast_path_equals_rfc8785(entry: dict[str, Any], ascii_only: bool) -> None:
    try:
        expected = rfc8785.dumps(entry)
    except Exception:
        return  # not representable (e.g. lone surrogates); the exporter never writes these
    line = json.dumps({"type": "entry", "index": 3, "entry": entry}, ensure_ascii=ascii_only)
    obj, canon = loads_with_canonical(line, "entry")
    assert canon == expected and obj["entry"] == entry


def test_canonical_json_refuses_what_json_refuses() -> None:
    import datetime
    import enum

    class Colour(enum.StrEnum):
        RED = "red"

    # a str enum is a str to json.dumps and to rfc8785; a datetime is neither
    assert canonical_json({"c": Colour.RED}) == b'{"c":"red"}'
    with pytest.raises(CanonicalError):
        canonical_json({"t": datetime.datetime(2026, 1, 1)})
    assert canonical_json({"\ue000": 1, "\U0001f600": 2}) == bytes(rfc8785.dumps({"\ue000": 1, "\U0001f600": 2}))


def _outcome(fn: Any, line: str) -> tuple[str, Any, Any]:
    try:
        obj, canon = fn(line, "entry")
    except (ValueError, RecursionError) as exc:  # json.JSONDecodeError and CanonicalError
        return ("error", type(exc).__name__, str(exc))
    return ("ok", repr(obj), canon)


@settings(max_examples=400, deadline=None)
@given(
    entry=st.dictionaries(st.text(max_size=6), json_values, max_size=5),
    index=st.one_of(st.integers(-(2**70), 2**70), st.floats(allow_nan=False), st.booleans(), st.none()),
    kind=st.sampled_from(["entry", "checkpoint", "other"]),
    extra=st.one_of(st.none(), json_values),
    compact=st.booleans(),
    ascii_only=st.booleans(),
)
def test_orjson_path_equals_standard_library_path(
    entry: dict[str, Any], index: Any, kind: str, extra: Any, compact: bool, ascii_only: bool
) -> None:
    """The orjson fast path gives exactly what the json/rfc8785 path gives, errors included,
    on the export's own compact sorted lines and on anything else."""
    line_obj: dict[str, Any] = {"type": kind, "index": index, "entry": entry}
    if extra is not None:
        line_obj["extra"] = extra
    seps = (",", ":") if compact else (", ", ": ")
    line = json.dumps(line_obj, sort_keys=compact, separators=seps, ensure_ascii=ascii_only)
    assert _outcome(loads_with_canonical, line) == _outcome(_loads_with_canonical_json, line)


@pytest.mark.parametrize(
    "line",
    [
        '{"entry":{"a":1.0},"index":0,"type":"entry"}',
        '{"entry":{"a":[1e5]},"index":0,"type":"entry"}',
        '{"entry":{"a":-0},"index":0,"type":"entry"}',
        '{"entry":{"a":9007199254740993},"index":0,"type":"entry"}',
        '{"entry":{"a":123456789012345678901234567890},"index":0,"type":"entry"}',
        '{"entry":{"a":1},"index":123456789012345678901234567890,"type":"entry"}',
        '{"entry":{"a":"x:.e,1.5"},"index":1,"type":"entry"}',
        '{"entry":{"a":"\\/\\b\\t\\n\\f\\r\\"\\\\"},"index":1,"type":"entry"}',
        '{"entry":{"b":1,"a":2,"a":3},"index":1,"type":"entry"}',
        '{"entry":{"a":NaN},"index":1,"type":"entry"}',
        '{"entry":{"a":1e400},"index":1,"type":"entry"}',
        '{"entry":{"a":1},"index":1,"type":"entry"} x',
        '[1,2]',
        '"entry"',
        '{"entry":' * 2000,
    ],
)
def test_orjson_path_edge_lines(line: str) -> None:
    assert _outcome(loads_with_canonical, line) == _outcome(_loads_with_canonical_json, line)


def test_entry_leaf_data_is_canonical() -> None:
    shuffled = dict(reversed(list(ENTRY.items())))
    assert entry_leaf_data(shuffled) == entry_leaf_data(ENTRY) == canonical_json(ENTRY)


def test_entry_fields_documented() -> None:
    for name in ("event_time", "event_type", "actor", "withheld", "body_commitment", "details"):
        assert name in ENTRY_FIELDS


def test_validate_entry() -> None:
    validate_entry(ENTRY)
    for bad in (
        {"event_type": "decision"},
        {**ENTRY, "event_time": 5},
        {**ENTRY, "event_type": ""},
        {**ENTRY, "reason_codes": "R1"},
        {**ENTRY, "actor": "u1"},
        {**ENTRY, "notice_attached": "yes"},
        {**ENTRY, "withheld": [{"path": "x"}]},
    ):
        with pytest.raises(EntryError):
            validate_entry(bad)


def test_body_commitment() -> None:
    salt = bytes(range(32))
    c = body_commitment(salt, b"report body")
    assert len(c) == 64 and c == body_commitment(salt, b"report body")
    assert c != body_commitment(salt, b"report bodY")
    assert c != body_commitment(bytes(32), b"report body")
    with pytest.raises(EntryError):
        body_commitment(b"short", b"x")


def test_key_file_created_private(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "log.skey"
    signer = load_or_create_signer(path, "gatekeeper.example/audit")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again = load_or_create_signer(path, "gatekeeper.example/audit")
    assert again.vkey == signer.vkey


def test_key_file_readable_by_others_refused(tmp_path: Path) -> None:
    path = tmp_path / "log.skey"
    load_or_create_signer(path, "log")
    os.chmod(path, 0o644)
    with pytest.raises(KeyFileError, match="owner only"):
        load_or_create_signer(path, "log")
    os.chmod(path, 0o600)
    with pytest.raises(KeyFileError, match="expected"):
        load_or_create_signer(path, "other")


def test_signer_from_env_value() -> None:
    signer = generate_signer("log")
    assert signer_from_env_value(signer.skey + "\n").vkey == signer.vkey
    with pytest.raises(KeyFileError):
        signer_from_env_value("not a key")


_json_values = st.recursive(
    # floats too (NaN and infinity included): canonical_json reads json.dumps' text for them
    st.none() | st.booleans() | st.integers(min_value=-(2**60), max_value=2**60) | st.text() | st.floats(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=500)
@given(_json_values)
def test_canonical_fast_path_equals_rfc8785(value: object) -> None:
    try:
        expected = bytes(rfc8785.dumps(value))
    except Exception:
        with pytest.raises(CanonicalError):
            canonical_json(value)
        return
    assert canonical_json(value) == expected
