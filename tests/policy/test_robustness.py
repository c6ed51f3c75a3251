"""Versioning, load errors, never-raise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gatekeeper.core.types import Outcome
from gatekeeper.policy import Facts, PolicyEngine, PolicyLoadError, policy_version

from .conftest import POLICIES


@pytest.fixture()
def tmp_policies(tmp_path: Path) -> Path:
    dst = tmp_path / "policies"
    shutil.copytree(POLICIES, dst)
    return dst


def test_version_is_stable_and_hex(tmp_policies: Path) -> None:
    v = policy_version(tmp_policies)
    assert len(v) == 64 and int(v, 16) >= 0
    assert v == policy_version(POLICIES) == PolicyEngine.load(tmp_policies).version


def test_version_changes_when_any_file_changes(tmp_policies: Path) -> None:
    base = policy_version(tmp_policies)
    seen = {base}
    for path in sorted(p for p in tmp_policies.rglob("*") if p.is_file()):
        original = path.read_bytes()
        path.write_bytes(original + b"\n# edited\n")
        v = policy_version(tmp_policies)
        assert v not in seen, path
        seen.add(v)
        path.write_bytes(original)
        assert policy_version(tmp_policies) == base
    # a new file in another folder (e.g. the redactor's) counts too
    (tmp_policies / "redaction").mkdir(exist_ok=True)
    (tmp_policies / "redaction" / "new.yaml").write_text("x: 1\n")
    assert policy_version(tmp_policies) != base
    # a rename with the same bytes counts
    (tmp_policies / "redaction" / "new.yaml").rename(tmp_policies / "redaction" / "new2.yaml")
    v2 = policy_version(tmp_policies)
    assert v2 not in seen


def test_version_ignores_dotfiles_and_pycache(tmp_policies: Path) -> None:
    base = policy_version(tmp_policies)
    (tmp_policies / ".swp").write_text("x")
    (tmp_policies / "decision" / "__pycache__").mkdir()
    (tmp_policies / "decision" / "__pycache__" / "x.pyc").write_bytes(b"x")
    (tmp_policies / ".git").mkdir()
    (tmp_policies / ".git" / "HEAD").write_text("x")
    assert policy_version(tmp_policies) == base


def test_version_length_prefix_prevents_ambiguity(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x").write_bytes(b"12")
    (a / "y").write_bytes(b"3")
    (b / "x").write_bytes(b"1")
    (b / "y").write_bytes(b"23")
    assert policy_version(a) != policy_version(b)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("model.conf", "[request_definition]\nr = sub\n"),
        ("model.conf", "garbage"),
        ("policy.csv", "p, a, b\n"),
        ("policy.csv", "p, controlled, substance, ground:drugs, disclose, maybe, substance_permitted\n"),
        ("policy.csv", "p, controlled, substance, ground:drugs, disclose, allow, made_up_code\n"),
        ("policy.csv", "x, a, b, c\n"),
        ("substances.yaml", "classes: [a, b\n"),
        ("substances.yaml", "- just a list\n"),
        ("substances.yaml", "classes: [opioid]\naliases: {heroin_class: [heroin]}\n"),
        ("weapons.yaml", "classes: [firearm, newthing]\naliases: {firearm: [gun]}\n"),
        ("grounds.yaml", "grounds: {new_ground: {requires: []}}\n"),
        ("grounds.yaml", "grounds: {drugs: {requires: [magic]}}\n"),
        ("recipients.yaml", "allowed: {}\n"),
        ("attachments.yaml", "classes: {}\n"),
        ("notice.txt", "   \n"),
        ("substances.yaml", b"\xff\xfe"),
        # a key written twice: the reviewer may have read the first, PyYAML would keep the last
        ("grounds.yaml", "grounds:\n  weapon: {requires: []}\n  weapon: {requires: [magic]}\n"),
    ],
)
def test_broken_file_raises_policy_load_error(tmp_policies: Path, name: str, content: str | bytes) -> None:
    path = tmp_policies / "decision" / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(PolicyLoadError) as info:
        PolicyEngine.load(tmp_policies)
    assert name in str(info.value)


def test_conflicting_alias_rejected(tmp_policies: Path) -> None:
    path = tmp_policies / "decision" / "substances.yaml"
    path.write_text(path.read_text().replace("  stimulant:\n", "  stimulant:\n    - weed\n", 1))
    with pytest.raises(PolicyLoadError, match=r"substances\.yaml"):
        PolicyEngine.load(tmp_policies)


@pytest.mark.parametrize("name", ["model.conf", "policy.csv", "grounds.yaml", "notice.txt", "recipients.yaml"])
def test_missing_file(tmp_policies: Path, name: str) -> None:
    (tmp_policies / "decision" / name).unlink()
    with pytest.raises(PolicyLoadError):
        PolicyEngine.load(tmp_policies)


def test_missing_dir(tmp_path: Path) -> None:
    with pytest.raises(PolicyLoadError):
        PolicyEngine.load(tmp_path / "nope")


def test_class_moved_by_counsel_changes_decision(tmp_policies: Path) -> None:
    """Policy is data: moving a class in policy.csv changes the decision, and the version."""
    path = tmp_policies / "decision" / "policy.csv"
    path.write_text(path.read_text().replace("g, marijuana, excluded, substance", "g, marijuana, controlled, substance"))
    eng = PolicyEngine.load(tmp_policies)
    assert eng.decide(Facts("drugs", "bpd", substances=("weed",))).allowed
    assert eng.version != PolicyEngine.load(POLICIES).version


def test_notice(engine: PolicyEngine) -> None:
    assert "99.33" in engine.notice and "redisclose" in engine.notice


def test_injected_enforcer_error_is_policy_error() -> None:
    eng = PolicyEngine.load(POLICIES)

    class Boom:
        def enforce_ex(self, *a: object) -> object:
            raise RuntimeError("matcher blew up")

        def get_role_manager(self) -> object:
            raise RuntimeError("nope")

    eng._enforcer = Boom()
    d = eng.decide(Facts("weapon", "bpd", weapon="knife"))
    assert d.outcome is Outcome.DENY
    assert d.reason_codes == ("policy_error",)
    assert d.policy_version == eng.version
    assert d.ground == "weapon"


def test_enforcer_allow_without_rule_still_finds_rule() -> None:
    eng = PolicyEngine.load(POLICIES)
    real = eng._enforcer

    class NoExplain:
        def enforce_ex(self, *a: object) -> tuple[bool, list[str]]:
            ok, _ = real.enforce_ex(*a)
            return ok, []

        def get_role_manager(self) -> object:
            return real.get_role_manager()

    eng._enforcer = NoExplain()
    d = eng.decide(Facts("drugs", "bpd", substances=("fentanyl",)))
    assert d.allowed
    assert "p, controlled, substance, ground:drugs, disclose, allow, substance_permitted" in d.matched_rule


def test_bad_facts_types_never_raise(engine: PolicyEngine) -> None:
    for bad in [Facts(None, None), Facts(["x"], "bpd"), Facts("drugs", "bpd", substances=[1])]:  # type: ignore[arg-type]
        d = engine.decide(bad)
        assert d.outcome is Outcome.DENY


def test_reload_builds_fresh_caches(tmp_policies: Path) -> None:
    a = PolicyEngine.load(tmp_policies)
    facts = Facts("drugs", "bpd", substances=("weed",))
    assert not a.decide(facts).allowed
    path = tmp_policies / "decision" / "policy.csv"
    path.write_text(path.read_text().replace("g, marijuana, excluded, substance", "g, marijuana, controlled, substance"))
    b = PolicyEngine.load(tmp_policies)
    assert b.decide(facts).allowed and not a.decide(facts).allowed


text = st.text(max_size=60)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    ground=st.one_of(text, st.sampled_from(["drugs", "weapon", "credible_threat", "serious_violence"])),
    recipient=st.one_of(text, st.sampled_from(["bpd", "bpd/x", "ice", "bpd/../bric"])),
    substances=st.lists(text, max_size=4).map(tuple),
    weapon=st.one_of(st.none(), text),
    det=st.one_of(st.none(), st.booleans()),
    threat=st.booleans(),
    kinds=st.lists(text, max_size=3).map(tuple),
    face=st.booleans(),
)
def test_decide_never_raises(engine: PolicyEngine, ground: str, recipient: str, substances: tuple[str, ...],
                             weapon: str | None, det: bool | None, threat: bool, kinds: tuple[str, ...],
                             face: bool) -> None:
    facts = Facts(ground, recipient, substances, weapon, det, threat, kinds, face)
    d = engine.decide(facts)
    assert d.policy_version == engine.version
    assert d.reasons
    assert d.reasons[0].code != "policy_error"
    if face:
        assert d.outcome is Outcome.DENY and d.reasons[0].code == "face_surveillance"
    if d.allowed:
        assert engine.recipient_agency(recipient) == "bpd"
        assert d.ground in {"drugs", "weapon", "credible_threat", "serious_violence"}
