"""Reviewed policy files are read so that what a reviewer reads is what is in force: a key
written twice in one mapping is refused, not resolved silently to its last value."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from gatekeeper.core.policy_yaml import load_policy_yaml
from gatekeeper.redact.lexicon import RedactorLoadError
from gatekeeper.redact.redactor import Redactor

from .conftest import POLICIES


def test_a_repeated_key_is_refused_with_its_line() -> None:
    with pytest.raises(yaml.YAMLError) as info:
        load_policy_yaml("levels: [ii]\nnouns:\n  foods: [sub]\n  foods: [tea]\n")
    assert "duplicate key 'foods'" in str(info.value)
    assert "line 4" in str(info.value)


def test_repeated_keys_in_flow_mappings_are_refused_too() -> None:
    with pytest.raises(yaml.YAMLError):
        load_policy_yaml("- {a: 1, a: 2}\n")


def test_a_merged_key_may_be_overridden() -> None:
    # "<<: *anchor" then the same key is YAML's way of saying "like that one, except"
    data = load_policy_yaml("base: &b {x: 1, y: 1}\nd:\n  <<: *b\n  x: 2\n")
    assert data["d"] == {"x": 2, "y": 1}


@pytest.mark.parametrize("path", sorted(POLICIES.rglob("*.yaml")), ids=lambda p: str(p.relative_to(POLICIES)))
def test_every_reviewed_file_reads_the_same_as_before(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_policy_yaml(text) == yaml.safe_load(text)


def test_the_redactor_refuses_a_lexicon_with_a_repeated_key(tmp_path: Path) -> None:
    dst = tmp_path / "policies"
    shutil.copytree(POLICIES, dst)
    precision = dst / "redaction" / "precision.yaml"
    precision.write_text(precision.read_text(encoding="utf-8") + "course_levels: [ii]\n", encoding="utf-8")
    with pytest.raises(RedactorLoadError, match=r"precision\.yaml"):
        Redactor.load(dst)
