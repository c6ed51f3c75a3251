"""YAML for reviewed policy files: PyYAML's safe loader, except that a key given twice in one
mapping is an error. ``yaml.safe_load`` keeps the last value silently, so a reviewer who reads the
first of two ``course_levels:`` lines approves a rule that is not the one in force."""

from __future__ import annotations

from typing import IO, Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode


class _UniqueKeyLoader(yaml.SafeLoader):
    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        # Checked before the base class merges "<<: *anchor" entries in: a key that overrides a
        # merged one is YAML's intent, a key written twice by hand is not.
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key: the base class reports it
                continue
            if duplicate:
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found duplicate key {key!r}",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_policy_yaml(stream: str | bytes | IO[str]) -> Any:
    """Parse one policy file; raises ``yaml.YAMLError`` (a ``ConstructorError`` naming the key and
    line) on a key repeated within a mapping, as on any other malformed YAML."""
    return yaml.load(stream, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
