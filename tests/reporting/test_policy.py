"""The suppression rule is reviewed policy data, checked when a policy folder is validated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gatekeeper.errors import PolicyInvalid
from gatekeeper.reporting.tables import ReportingPolicy
from gatekeeper.service.governance import validate_dir

POLICIES = Path(__file__).resolve().parents[2] / "policies"


def test_the_rule_is_policy_data() -> None:
    p = ReportingPolicy.load(POLICIES)
    assert (p.rule.threshold, p.rule.width) == (10, 4)
    assert "awaiting_approval" not in p.states_by_decision["deny"]


@pytest.mark.parametrize(
    "text",
    ["suppress_below: 10\n", "suppress_below: ten\nprotection_width: 4\n", "protection_width: [\n", ""],
)
def test_a_malformed_rule_is_refused_with_its_file_named(tmp_path: Path, text: str) -> None:
    d = tmp_path / "policies"
    shutil.copytree(POLICIES, d)
    (d / "reporting" / "suppression.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PolicyInvalid, match=r"suppression\.yaml"):
        validate_dir(d)


def test_a_zero_width_is_refused(tmp_path: Path) -> None:
    d = tmp_path / "policies"
    shutil.copytree(POLICIES, d)
    f = d / "reporting" / "suppression.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("protection_width: 4", "protection_width: 0"), encoding="utf-8")
    with pytest.raises(PolicyInvalid, match=r"suppression\.yaml"):
        ReportingPolicy.load(d)
