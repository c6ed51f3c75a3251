"""The offline verifier page in Debian's chromium: it verifies a fresh export, rejects every
tampering the Python verifier rejects (with the same first bad index and the same reasons), and
never makes a network request."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from audit.checkpoint import Checkpoint, sign_checkpoint, with_previous
from audit.note import Signer, generate_signer, split_note
from audit.verifier_page import write_page
from audit.verify import verify_export
from tests.audit_e2e._exports import ORIGIN, write_export

pytestmark = pytest.mark.browser

RESULT_TIMEOUT_MS = 120_000


@dataclass
class Outcome:
    text: str
    problems: list[str]
    requests: list[str]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "verify.html"
    write_page(path)
    return path


def check(browser: Any, page_file: Path, export: Path, vkey: str, trusted: str | None = None,
          export_first: bool = False) -> Outcome:
    """Drive the page only through its documented element ids, as a board member would."""
    ctx = browser.new_context()
    requests: list[str] = []
    ctx.on("request", lambda r: requests.append(r.url))
    page = ctx.new_page()
    try:
        page.goto(page_file.as_uri())
        if export_first:
            page.set_input_files("#export", str(export))
        page.fill("#vkey", vkey)
        if trusted is not None:
            page.fill("#trusted", trusted)
        if not export_first:
            page.set_input_files("#export", str(export))
        page.wait_for_function(
            "() => /^(verified|failed)/.test(document.getElementById('result').textContent)",
            timeout=RESULT_TIMEOUT_MS,
        )
        text = page.inner_text("#result")
        problems = [str(x) for x in page.locator("#problems li").all_inner_texts()]
    finally:
        ctx.close()
    return Outcome(text, problems, requests)


def assert_offline(out: Outcome, page_file: Path) -> None:
    assert out.requests == [page_file.as_uri()], out.requests


@pytest.fixture(scope="module")
def signer() -> Signer:
    return generate_signer(ORIGIN)


@pytest.fixture
def export(tmp_path: Path, signer: Signer) -> Path:
    return write_export(tmp_path / "export.jsonl", 37, signer, every=8)


def test_a_fresh_export_verifies_with_no_network(browser: Any, page_file: Path, export: Path, signer: Signer) -> None:
    assert verify_export(export.open(encoding="utf-8"), signer.vkey).ok
    out = check(browser, page_file, export, signer.vkey)
    assert out.text.startswith("verified"), out.text
    assert "37 entries" in out.text and "5 checkpoint signatures" in out.text
    assert out.problems == []
    assert_offline(out, page_file)


def test_key_after_export_and_a_kept_checkpoint(browser: Any, page_file: Path, export: Path, signer: Signer) -> None:
    kept = _checkpoints(export)[2]
    out = check(browser, page_file, export, signer.vkey, trusted=kept, export_first=True)
    assert out.text.startswith("verified") and "kept checkpoint (size 24)" in out.text, out.text
    assert_offline(out, page_file)


def _lines(path: Path) -> list[dict[str, Any]]:
    # Not splitlines(): entries hold U+2028, which it would split on and a file reader does not.
    return [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x]


def _write(path: Path, objs: list[dict[str, Any]]) -> Path:
    out = path.with_name("tampered.jsonl")
    out.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")
    return out


def _checkpoints(path: Path) -> list[str]:
    return [o["note"] for o in _lines(path) if o["type"] == "checkpoint"]


def _tamper(how: str, export: Path, signer: Signer) -> tuple[Path, str | None, str]:
    """The tampered export, a kept checkpoint (or None), and the vkey to check with."""
    objs = _lines(export)
    entries = [i for i, o in enumerate(objs) if o["type"] == "entry"]
    cps = [i for i, o in enumerate(objs) if o["type"] == "checkpoint"]
    trusted = None
    vkey = signer.vkey
    if how == "edit":
        objs[entries[11]]["entry"]["decision"] = "release"
    elif how == "edit_unicode":
        objs[entries[5]]["entry"]["details"]["😀"] = "astral!"
    elif how == "delete":
        del objs[entries[20]]
    elif how == "reorder":
        objs[entries[3]], objs[entries[4]] = objs[entries[4]], objs[entries[3]]
    elif how == "truncate_behind_kept":
        trusted = objs[cps[-1]]["note"]
        objs = [o for o in objs if not (o["type"] == "entry" and o["index"] >= 30)]
        objs = [o for o in objs if not (o["type"] == "checkpoint" and "\n37\n" in o["note"])]
        objs[0]["size"] = 30
    elif how == "rewritten_behind_kept":
        # The operator rewrites an early entry and re-signs every checkpoint: only a kept one catches it.
        trusted = objs[cps[1]]["note"]
        objs[entries[2]]["entry"]["decision"] = "release"
        objs = _resign(objs, signer)
    elif how == "fork":
        text, _ = split_note(objs[cps[1]]["note"])
        cp = Checkpoint.parse(text)
        forged = sign_checkpoint(Checkpoint(cp.origin, cp.size, bytes(32)), signer)
        objs.append({"type": "checkpoint", "note": forged})
    elif how == "bad_signature":
        note = objs[cps[2]]["note"]
        text, _ = split_note(note)
        body = note[len(text) + 1 :]
        name, b64 = body[2:].rstrip("\n").split(" ")
        flipped = b64[:10] + ("A" if b64[10] != "A" else "B") + b64[11:]
        objs[cps[2]]["note"] = f"{text}\n\u2014 {name} {flipped}\n"
    elif how == "forged_size":
        objs[cps[-1]]["note"] = objs[cps[-1]]["note"].replace("\n37\n", "\n38\n", 1)
    elif how == "wrong_key":
        vkey = generate_signer(ORIGIN).vkey
    elif how == "header_size":
        objs[0]["size"] = 36
    elif how == "unsigned_tail":
        objs = [o for o in objs if not (o["type"] == "checkpoint" and "\n37\n" in o["note"])]
    elif how == "unsafe_int":
        # Python keeps 10**17 exact and RFC 8785 refuses it; the page must not round it and go on.
        objs[entries[6]]["entry"]["count"] = 10**17
    elif how == "delete_checkpoint":
        del objs[cps[2]]  # the chain of previous-size lines shows the gap
    elif how == "bad_previous_size":
        text, _ = split_note(objs[cps[1]]["note"])
        cp = Checkpoint.parse(text)
        odd = Checkpoint(cp.origin, cp.size, cp.root, ("previous-size 016",))
        objs[cps[1]]["note"] = sign_checkpoint(odd, signer)
    elif how == "wrong_previous_size":
        text, _ = split_note(objs[cps[3]]["note"])
        cp = Checkpoint.parse(text)
        objs[cps[3]]["note"] = sign_checkpoint(Checkpoint(cp.origin, cp.size, cp.root, ("previous-size 8",)), signer)
    elif how == "bad_vkey":
        vkey = signer.vkey[:-3] + "AAA"
    else:
        raise AssertionError(how)
    return _write(export, objs), trusted, vkey


def _resign(objs: list[dict[str, Any]], signer: Signer) -> list[dict[str, Any]]:
    from audit.entry import entry_leaf_data
    from audit.merkle import leaf_hash
    from audit.tree import MemoryNodeStore, append

    store = MemoryNodeStore()
    entries = [o["entry"] for o in objs if o["type"] == "entry"]
    sizes = [Checkpoint.parse(split_note(o["note"])[0]).size for o in objs if o["type"] == "checkpoint"]
    out = [o for o in objs if o["type"] != "checkpoint"]
    size = 0
    for target in sizes:
        nodes, root = append(size, [leaf_hash(entry_leaf_data(e)) for e in entries[size:target]], store)
        store.put(nodes)
        cp = with_previous(Checkpoint(ORIGIN, target, root), size)
        size = target
        out.append({"type": "checkpoint", "note": sign_checkpoint(cp, signer)})
    return out


TAMPERINGS = ["edit", "edit_unicode", "delete", "reorder", "truncate_behind_kept", "rewritten_behind_kept", "fork",
              "bad_signature", "forged_size", "wrong_key", "header_size", "unsigned_tail", "bad_vkey", "unsafe_int",
              "delete_checkpoint", "bad_previous_size", "wrong_previous_size"]


@pytest.mark.parametrize("how", TAMPERINGS)
def test_the_page_rejects_what_verify_export_rejects_for_the_same_reason(
    browser: Any, page_file: Path, export: Path, signer: Signer, how: str
) -> None:
    path, trusted, vkey = _tamper(how, export, signer)
    with path.open(encoding="utf-8") as f:
        py = verify_export(f, vkey, trusted)
    assert not py.ok, how
    out = check(browser, page_file, path, vkey, trusted=trusted)
    assert out.text.startswith("failed"), (how, out.text)
    where = "" if py.first_bad_index is None else f" at index {py.first_bad_index}"
    assert out.text.startswith(f"failed{where}: {py.problems[0]}"), (how, out.text, py.problems)
    assert out.problems == py.problems, how
    assert_offline(out, page_file)


def test_line_endings_and_blank_lines_are_read_as_python_reads_them(
    browser: Any, page_file: Path, export: Path, signer: Signer
) -> None:
    crlf = export.with_name("crlf.jsonl")
    lines = export.read_text(encoding="utf-8").split("\n")
    crlf.write_text("\r\n".join([*lines[:5], "", "  ", *lines[5:]]), encoding="utf-8", newline="")
    with crlf.open(encoding="utf-8") as f:
        assert verify_export(f, signer.vkey).ok
    out = check(browser, page_file, crlf, signer.vkey)
    assert out.text.startswith("verified"), out.text


def test_a_line_that_is_not_json_fails_at_the_same_index(
    browser: Any, page_file: Path, export: Path, signer: Signer
) -> None:
    lines = export.read_text(encoding="utf-8").split("\n")
    lines[8] = lines[8][:-3]  # entry 7 cut short
    bad = export.with_name("cut.jsonl")
    bad.write_text("\n".join(lines), encoding="utf-8")
    with bad.open(encoding="utf-8") as f:
        py = verify_export(f, signer.vkey)
    out = check(browser, page_file, bad, signer.vkey)
    assert out.text.startswith(f"failed at index {py.first_bad_index}: line 9: not valid JSON"), out.text
    # The parser's own words differ between Python and the browser; everything after matches.
    assert out.problems[1:] == py.problems[1:]


def test_a_service_export_verifies_in_the_page(browser: Any, live_sqlite: Any, tmp_path: Path) -> None:
    """The real thing: the service's export and the page written by `gatekeeper audit verifier-page`."""
    import subprocess
    import sys

    from tests.conftest import request_factory

    live = live_sqlite
    key = live.add_user("vp-admin", "school_admin", "BPS")
    with live.client(key) as c:
        for i in range(4):
            assert c.post("/v1/requests", json=request_factory(request_id=f"vp{i}")).status_code == 201
    s = live.ctx.settings
    env = dict(os.environ, GATEKEEPER_DATABASE_URL=s.database_url, GATEKEEPER_DATA_DIR=str(s.data_dir),
               GATEKEEPER_POLICY_DIR=str(s.policy_dir))
    gk = str(Path(sys.executable).with_name("gatekeeper"))
    export, page = tmp_path / "log.jsonl", tmp_path / "verify.html"
    for args in (["audit", "export", str(export)], ["audit", "verifier-page", str(page)]):
        r = subprocess.run([gk, *args], env=env, capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
    vkey = live.ctx.signer.vkey
    out = check(browser, page, export, vkey)
    assert out.text.startswith("verified") and "4 entries" in out.text, out.text
    assert_offline(out, page)
    kept = _checkpoints(export)[-1]
    objs = _lines(export)
    objs[2]["entry"]["decision"] = "deny" if objs[2]["entry"].get("decision") != "deny" else "allow"
    out = check(browser, page, _write(export, objs), vkey, trusted=kept)
    assert out.text.startswith("failed at index"), out.text


def test_numbers_canonicalise_as_rfc8785_does(browser: Any, page_file: Path, tmp_path: Path, signer: Signer) -> None:
    """Safe integers up to 2**53-1, negative zero, floats and exponents hash the same in both."""
    from audit.checkpoint import Checkpoint, sign_checkpoint
    from audit.entry import entry_leaf_data
    from audit.export import checkpoint_line, entry_line, header_line
    from audit.merkle import root_hash

    entries = [{"event_type": "x", "event_time": "t", "details": {"n": v}}
               for v in (2**53 - 1, -(2**53 - 1), 0, 1.5, 1e21, 1e-7, 123456789.125, -0.0, 5e-324)]
    root = root_hash([entry_leaf_data(e) for e in entries])
    note = sign_checkpoint(Checkpoint(ORIGIN, len(entries), root), signer)
    path = tmp_path / "numbers.jsonl"
    lines = [header_line(ORIGIN, len(entries)), *(entry_line(i, e) for i, e in enumerate(entries)), checkpoint_line(note)]
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    with path.open(encoding="utf-8") as f:
        assert verify_export(f, signer.vkey).ok
    out = check(browser, page_file, path, signer.vkey)
    assert out.text.startswith("verified"), out.text


def test_the_page_is_one_file_that_cannot_reach_the_network() -> None:
    from audit.verifier_page import page_html

    html = page_html("name+00000000+AQ==")
    assert "connect-src 'none'" in html and "default-src 'none'" in html
    for needle in ("src=", "http://", "https://", "fetch(", "XMLHttpRequest", "WebSocket", "import(", "sendBeacon",
                   "<link", "@import", "url("):
        assert needle not in html, needle
    assert 'value="name+00000000+AQ=="' in html
    assert 'value="&lt;x&gt;"' in page_html("<x>")  # a key is escaped, never markup


def _cosigned_export(tmp_path: Path, signer: Signer, witnesses: list[Signer], forge: bool = False) -> Path:
    from audit.cosign import cosign

    path = write_export(tmp_path / "cosigned.jsonl", 20, signer, every=8)
    objs = _lines(path)
    last = objs[-1]
    for w in witnesses:
        last["note"] = cosign(last["note"], w, 1_764_000_000)
    if forge:
        line = last["note"].rstrip("\n").rsplit("\n", 1)[1]
        name, b64 = line[2:].split(" ")
        forged = b64[:20] + ("A" if b64[20] != "A" else "B") + b64[21:]
        last["note"] = last["note"].replace(line, f"\u2014 {name} {forged}")
    return _write(path, objs)


def check_witnessed(browser: Any, tmp_path: Path, export: Path, vkey: str, witness_vkeys: list[str],
                    required: int) -> Outcome:
    page = tmp_path / "witness-page.html"
    write_page(page, None, witness_vkeys, required)
    return check(browser, page, export, vkey)


def test_the_page_counts_the_witnesses_cosignatures(browser: Any, tmp_path: Path, signer: Signer) -> None:
    from audit.cosign import witness_vkey

    board, advocacy, clerk = (generate_signer(n) for n in ("board.example/w", "advocacy.example/w", "clerk.example/w"))
    export = _cosigned_export(tmp_path, signer, [board, advocacy])
    with export.open(encoding="utf-8") as f:
        assert verify_export(f, signer.vkey).ok  # cosignatures are unknown keys to it, and ignored
    keys = [witness_vkey(w) for w in (board, advocacy, clerk)]
    out = check_witnessed(browser, tmp_path, export, signer.vkey, keys, 2)
    assert out.text.startswith("verified") and "Witnessed: the latest checkpoint (size 20)" in out.text, out.text
    assert "board.example/w, advocacy.example/w, 2 of the 2 needed" in out.text
    out = check_witnessed(browser, tmp_path, export, signer.vkey, keys, 3)
    assert out.text.startswith("verified") and "Not witnessed" in out.text and "2 of the 3 needed" in out.text

    forged = _cosigned_export(tmp_path, signer, [board, advocacy], forge=True)
    out = check_witnessed(browser, tmp_path, forged, signer.vkey, keys, 2)
    assert out.text.startswith("failed: latest checkpoint (size 20): invalid cosignature from advocacy.example/w")
    # A log key given as a witness key (type 0x01, not cosignature/v1) is refused, not trusted.
    out = check_witnessed(browser, tmp_path, export, signer.vkey, [signer.vkey], 1)
    assert out.text.startswith("failed: witnesses:"), out.text
