"""Bad input through real HTTP, on SQLite and PostgreSQL: always a 4xx problem+json, never a 5xx,
never an echo of what was sent (not even a key's name)."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Factory, LiveServer, request_factory

PROBLEM = "application/problem+json"
CANARY_KEY = "ZqKeyHaitianCanary"


def _admin(live: LiveServer) -> str:
    return live.add_user("admin-bad", "school_admin", "BPS")


def _raw(obj: Any) -> bytes:
    return json.dumps(obj).encode()


def _problem(r: httpx.Response, status: int | None = None) -> dict[str, Any]:
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    if status is not None:
        assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM), r.headers
    p: dict[str, Any] = r.json()
    assert p["status"] == r.status_code and p["code"] and p["detail"]
    return p


def _nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


def _with_student_raw(student_json: str) -> bytes:
    """A valid request whose "student" value is the given JSON text, spliced in verbatim."""
    body = request_factory()
    body["student"] = "__STUDENT__"
    return json.dumps(body).replace('"__STUDENT__"', student_json).encode()


BAD_BODIES: dict[str, bytes] = {
    "integer above 2^53 in student": _with_student_raw('{"name": "A B", "visits": 9007199254740993}'),
    "integer above 2^53 nested in student": _with_student_raw('{"x": {"y": [1, 2, 18446744073709551616]}}'),
    "huge negative integer": _with_student_raw('{"n": -9007199254740993}'),
    "a 5000-digit integer": _with_student_raw('{"n": ' + "9" * 5000 + "}"),
    "NaN": _with_student_raw('{"score": NaN}'),
    "Infinity": _with_student_raw('{"score": Infinity}'),
    "-Infinity": _with_student_raw('{"score": -Infinity}'),
    "a float overflowing to infinity": _with_student_raw('{"score": 1e999}'),
    "lone surrogate in a student value": _with_student_raw('{"name": "A B", "notes": "\\ud800"}'),
    "lone surrogate in the student name": _with_student_raw('{"name": "Bob \\udfff"}'),
    "lone surrogate in a key": _with_student_raw('{"\\ud800x": "y"}'),
    "NUL in a student value (PostgreSQL text cannot hold it)": _with_student_raw('{"notes": "a\\u0000b"}'),
    "nesting 300 deep in student": _with_student_raw(_nested(300)),
    "nesting 100000 deep in student": _with_student_raw("[" * 100_000 + "]" * 100_000),
    "invalid UTF-8": b'{"school_id": "\xff\xfe"}',
}


@pytest.mark.parametrize("case", sorted(BAD_BODIES))
def test_bad_json_is_a_4xx_problem(live: LiveServer, case: str) -> None:
    key = _admin(live)
    with live.client(key) as c:
        r = c.post("/v1/requests", content=BAD_BODIES[case], headers={"content-type": "application/json"})
    p = _problem(r, 422)
    assert "Haitian" not in r.text
    # Nothing was stored, and the service still answers.
    with live.client(key) as c:
        assert c.get("/v1/requests").json()["requests"] == []
        assert c.get("/healthz").status_code == 200
    assert p["code"] == "invalid_request"


def test_a_valid_deep_but_bounded_student_is_accepted(live: LiveServer, make_request: Factory) -> None:
    key = _admin(live)
    nested: Any = "x"
    for _ in range(40):
        nested = {"k": nested}
    with live.client(key) as c:
        r = c.post("/v1/requests", json=make_request(student={"student_id": "S1", "name": "A B", "deep": nested}))
    assert r.status_code == 201, r.text
    assert r.json()["report"]["student"] == {"student_id": "S1", "name": "A B"}


@pytest.mark.parametrize(
    "raw",
    [
        b'{"school_id": "BPS-1", "school_id": "BPS-2", "recipient": "bpd", "ground": "weapon"}',
        _with_student_raw('{"name": "A B", "' + CANARY_KEY + '": 1, "' + CANARY_KEY + '": 2}'),
    ],
    ids=["top level", "inside student"],
)
def test_duplicate_keys_are_refused_without_naming_them(live: LiveServer, raw: bytes) -> None:
    key = _admin(live)
    with live.client(key) as c:
        r = c.post("/v1/requests", content=raw, headers={"content-type": "application/json"})
    p = _problem(r, 422)
    assert "same key twice" in p["detail"]
    assert CANARY_KEY not in r.text and "school_id" not in r.text


def test_bad_json_needs_no_key_to_be_refused_cleanly(live: LiveServer) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as c:
        r = c.post("/v1/requests", content=BAD_BODIES["NaN"], headers={"content-type": "application/json"})
    _problem(r, 422)


def _chunks(total: int, size: int = 16 * 1024) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b"a" * min(size, total - sent)
        sent += size


@pytest.mark.parametrize(
    ("path", "ctype"),
    [
        ("/v1/requests", "application/json"),
        ("/school/submit", "application/x-www-form-urlencoded"),
        ("/login", "application/x-www-form-urlencoded"),
    ],
)
def test_chunked_body_over_the_limit_is_413_without_a_key(live: LiveServer, path: str, ctype: str) -> None:
    limit = live.ctx.settings.max_body_bytes
    with httpx.Client(base_url=live.url, timeout=60) as c:
        # A generator body has no length: httpx sends it chunked.
        r = c.post(path, content=_chunks(limit + 64 * 1024), headers={"content-type": ctype})
    assert r.request.headers.get("transfer-encoding") == "chunked"
    _problem(r, 413)
    with httpx.Client(base_url=live.url, timeout=30) as c:
        assert c.get("/healthz").status_code == 200


def test_chunked_body_under_the_limit_still_works(live: LiveServer, make_request: Factory) -> None:
    key = _admin(live)
    raw = _raw(make_request())

    def gen() -> Iterator[bytes]:
        for i in range(0, len(raw), 50):
            yield raw[i : i + 50]

    with live.client(key) as c:
        r = c.post("/v1/requests", content=gen(), headers={"content-type": "application/json"})
    assert r.status_code == 201, r.text


# -- 422 answers never echo a key the caller chose -----------------------------------------------


@pytest.fixture
def people(live: LiveServer) -> dict[str, str]:
    return {
        "admin": live.add_user("admin-a", "school_admin", "BPS"),
        "approver": live.add_user("approver-a", "legal_approver"),
        "liaison": live.add_user("liaison-b2", "police_liaison", "bpd/district-b2"),
        "policy": live.add_user("policy-a", "policy_admin"),
    }


def test_422_never_echoes_a_submitted_key(live: LiveServer, people: dict[str, str], make_request: Factory) -> None:
    with live.client(people["admin"]) as c:
        rid = c.post("/v1/requests", json=make_request()).json()["id"]
    extra = {CANARY_KEY: "x"}
    calls: list[tuple[str, str, str, dict[str, Any]]] = [
        ("approver", "POST", f"/v1/requests/{rid}/decline", {"reason": "no", **extra}),
        ("admin", "POST", f"/v1/notifications/{rid}", {"method": "letter", **extra}),
        (
            "liaison",
            "POST",
            "/v1/information-requests",
            {"school_id": "BPS-1001", "ground": "weapon", "student_id": "S1", "reason": "r", **extra},
        ),
        ("policy", "POST", "/v1/policy/proposals", {"files": {"decision/x.yaml": "a: 1"}, **extra}),
        # A key of a free-form mapping is the caller's too: a bad value under it must not name it.
        ("policy", "POST", "/v1/policy/proposals", {"files": {f"decision/{CANARY_KEY}.yaml": 5}}),
        ("admin", "POST", "/v1/requests", make_request(**extra)),
        ("admin", "POST", "/v1/requests", make_request(incident={"description": "d", **extra})),
    ]
    for who, method, path, body in calls:
        with live.client(people[who]) as c:
            r = c.request(method, path, json=body)
        _problem(r, 422)
        assert CANARY_KEY not in r.text, (path, r.text)
        assert "Haitian" not in r.text


# -- the mutation fuzzer, as a property: no input answers 5xx ------------------------------------

_WEIRD: list[Any] = [
    2**53 + 1,
    -(2**63),
    10**30,
    1e308,
    -0.0,
    "\u0000",
    "\u202e",
    "",
    " ",
    "x" * 300,
    [],
    {},
    [[[]]],
    None,
    True,
    "2026-02-30T25:61:00Z",
    "Bob, undocumented, from Haiti",
    {"": ""},
    "\U0001f600",
]
# Raw JSON texts that json.dumps cannot produce.
_RAW_WEIRD = ["NaN", "Infinity", "-Infinity", '"\\ud800"', '"\\udc00x"', "1e999", "9" * 400, _nested(270)]


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out.extend(_paths(v, (*prefix, i)))
    return out


def _set(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    obj[path[0]] = _set(obj[path[0]], path[1:], value)
    return obj


def _mutate(seed: int, steps: int) -> bytes:
    rnd = random.Random(seed)
    body: Any = request_factory(
        substances=["cocaine"],
        attachments=[{"kind": "document", "name": "a.pdf"}],
        threat_statement="I will hurt him",
    )
    raw_sub: str | None = None
    for _ in range(steps):
        paths = [p for p in _paths(body) if p]
        op = rnd.randrange(7)
        path = rnd.choice(paths) if paths else ()
        if op == 0:
            body = _set(body, path, copy.deepcopy(rnd.choice(_WEIRD)))
        elif op == 1 and len(path) >= 1:
            parent = body
            for p in path[:-1]:
                parent = parent[p]
            if isinstance(parent, dict):
                parent.pop(path[-1], None)
        elif op == 2:
            body = _set(body, path, {"student_id": copy.deepcopy(rnd.choice(_WEIRD)), "k": copy.deepcopy(rnd.choice(_WEIRD))})
        elif op == 3:
            raw_sub = rnd.choice(_RAW_WEIRD)
            body = _set(body, path, "__RAW__")
        elif op == 4:
            body = _set(body, path, copy.deepcopy(rnd.choice([1, "1", 1.5, [1], {"a": 1}])))
        elif op == 5 and isinstance(body, dict):
            body[rnd.choice(["extra", "student", "incident", "ground"])] = copy.deepcopy(rnd.choice(_WEIRD))
        else:
            body = rnd.choice([body, [body], "text", 7, None]) if rnd.random() < 0.05 else body
    text = json.dumps(body)
    if raw_sub is not None:
        text = text.replace('"__RAW__"', raw_sub)
    data = text.encode("utf-8", "surrogatepass")
    if rnd.random() < 0.1 and len(data) > 2:  # a byte-level cut or flip, now and then
        i = rnd.randrange(len(data))
        data = data[:i] + bytes([rnd.randrange(256)]) + data[i + 1 :]
    return data


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(min_value=0, max_value=2**32), steps=st.integers(min_value=1, max_value=4))
def test_mutation_fuzzer_never_gets_a_5xx(live: LiveServer, seed: int, steps: int) -> None:
    key = live.add_user("fuzz-admin", "school_admin", "BPS")
    data = _mutate(seed, steps)
    with live.client(key) as c:
        r = c.post("/v1/requests", content=data, headers={"content-type": "application/json"})
    assert r.status_code < 500, (r.status_code, r.text, data[:300])
    if r.status_code >= 400:
        assert r.headers["content-type"].startswith(PROBLEM)


def _mutate_small(seed: int, base: dict[str, Any]) -> bytes:
    rnd = random.Random(seed)
    body: Any = json.loads(json.dumps(base))
    raw_sub: str | None = None
    for _ in range(rnd.randint(1, 3)):
        paths = [p for p in _paths(body) if p] or [()]
        path = rnd.choice(paths)
        op = rnd.randrange(4)
        if op == 0:
            body = _set(body, path, copy.deepcopy(rnd.choice(_WEIRD)))
        elif op == 1:
            raw_sub = rnd.choice(_RAW_WEIRD)
            body = _set(body, path, "__RAW__")
        elif op == 2 and isinstance(body, dict):
            body[rnd.choice(["extra", "files", "reason", "method"])] = copy.deepcopy(rnd.choice(_WEIRD))
        else:
            body = _set(body, path, rnd.choice([1, "1", [1], {"a": 1}, {"decision/x.yaml": None}]))
    text = json.dumps(body)
    if raw_sub is not None:
        text = text.replace('"__RAW__"', raw_sub)
    return text.encode("utf-8", "surrogatepass")


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(min_value=0, max_value=2**32), which=st.integers(min_value=0, max_value=4))
def test_other_json_endpoints_never_get_a_5xx(live: LiveServer, seed: int, which: int) -> None:
    """The same mutations on every other JSON body the API reads."""
    roles = {
        "approver": live.add_user("fz-approver", "legal_approver"),
        "admin": live.add_user("fz-admin", "school_admin", "BPS"),
        "liaison": live.add_user("fz-liaison", "police_liaison", "bpd/district-b2"),
        "policy": live.add_user("fz-policy", "policy_admin"),
    }
    targets: list[tuple[str, str, dict[str, Any]]] = [
        ("approver", "/v1/requests/nope/decline", {"reason": "not enough"}),
        ("admin", "/v1/notifications/nope", {"method": "letter", "notified_at": "2026-03-02T10:15:00Z"}),
        (
            "liaison",
            "/v1/information-requests",
            {"school_id": "BPS-1001", "ground": "weapon", "student_id": "S1", "reason": "r"},
        ),
        ("policy", "/v1/policy/proposals", {"files": {"decision/notice.txt": "NOTICE x"}}),
        ("policy", "/v1/policy/proposals/nope/shadow", {"sample": [request_factory()]}),
    ]
    who, path, base = targets[which]
    with live.client(roles[who]) as c:
        r = c.post(path, content=_mutate_small(seed, base), headers={"content-type": "application/json"})
    assert r.status_code < 500, (path, r.status_code, r.text)
