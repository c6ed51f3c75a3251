from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import merkle as M
from audit.tree import (
    MemoryNodeStore,
    NodeKey,
    TreeError,
    append,
    consistency_proof_at,
    inclusion_proof_at,
    range_nodes,
    root_at,
)


def _build(data: list[bytes], batches: list[int]) -> MemoryNodeStore:
    store = MemoryNodeStore()
    size = 0
    for b in [*batches, len(data)]:
        chunk = data[size : size + b]
        nodes, root = append(size, [M.leaf_hash(d) for d in chunk], store)
        store.put(nodes)
        size += len(chunk)
        assert root == M.root_hash(data[:size])
        if size == len(data):
            break
    return store


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=0, max_value=300),
    batches=st.lists(st.integers(min_value=1, max_value=40), max_size=30),
    picks=st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0)), min_size=1, max_size=15),
)
def test_tree_matches_reference(n: int, batches: list[int], picks: list[tuple[int, int]]) -> None:
    data = [i.to_bytes(2, "big") for i in range(n)]
    store = _build(data, batches)
    assert root_at(n, store) == M.root_hash(data)
    for a, b in picks:
        size = a % (n + 1)
        assert root_at(size, store) == M.root_hash(data[:size])
        if size:
            index = b % size
            assert inclusion_proof_at(index, size, store) == M.inclusion_proof(data[:size], index)
        old = b % (size + 1)
        assert consistency_proof_at(old, size, store) == M.consistency_proof(data[:size], old)


def test_every_pair_small() -> None:
    data = [bytes([i]) for i in range(40)]
    store = _build(data, [3, 1, 7])
    for size in range(41):
        for i in range(size):
            assert inclusion_proof_at(i, size, store) == M.inclusion_proof(data[:size], i)
        for old in range(size + 1):
            assert consistency_proof_at(old, size, store) == M.consistency_proof(data[:size], old)


def test_append_stores_every_complete_subtree() -> None:
    store = _build([bytes([i]) for i in range(8)], [1, 2, 5])
    assert set(store.nodes) == {(0, i) for i in range(8)} | {(1, i) for i in range(4)} | {
        (2, 0),
        (2, 1),
        (3, 0),
    }


class CountingReader:
    """Simulates a sparse SQL store: computes any node on demand, counts reads and calls."""

    def __init__(self) -> None:
        self.reads = 0
        self.calls = 0

    def get_nodes(self, keys: Sequence[NodeKey]) -> Mapping[NodeKey, bytes]:
        self.calls += 1
        self.reads += len(keys)
        return {k: k[0].to_bytes(16, "big") + k[1].to_bytes(16, "big") for k in keys}


@pytest.mark.parametrize("size", [2**20 + 12345, 2**20 + 1, 2**21 - 1])
def test_reads_are_logarithmic(size: int) -> None:
    bound = 2 * math.ceil(math.log2(size))
    reader = CountingReader()
    for index in (0, 1, size // 3, size - 2, size - 1):
        reader.reads = reader.calls = 0
        proof = inclusion_proof_at(index, size, reader)
        assert reader.calls == 1 and reader.reads <= bound and len(proof) <= bound
    for old in (1, 2**19, 2**20, size - 1, size // 3 + 7):
        reader.reads = reader.calls = 0
        consistency_proof_at(old, size, reader)
        assert reader.calls == 1 and reader.reads <= bound
    reader.reads = reader.calls = 0
    root_at(size, reader)
    assert reader.calls == 1 and reader.reads <= math.ceil(math.log2(size))
    reader.reads = reader.calls = 0
    nodes, _ = append(size, [b"\x01" * 32] * 3, reader)
    assert reader.calls == 1 and reader.reads <= math.ceil(math.log2(size))
    assert (0, size) in {(lvl, i) for lvl, i, _ in nodes}


def test_missing_nodes_raise() -> None:
    store = _build([bytes([i]) for i in range(5)], [])
    del store.nodes[(2, 0)]
    with pytest.raises(TreeError):
        root_at(5, store)
    with pytest.raises(TreeError):
        append(5, [b"\x00" * 32], store)


def test_bad_arguments() -> None:
    store = _build([bytes([i]) for i in range(5)], [])
    with pytest.raises(ValueError):
        inclusion_proof_at(5, 5, store)
    with pytest.raises(ValueError):
        consistency_proof_at(6, 5, store)
    with pytest.raises(ValueError):
        append(5, [b"short"], store)
    assert root_at(0, store) == M.EMPTY_ROOT


def test_range_nodes_tiles() -> None:
    assert range_nodes(0, 13) == [(3, 0), (2, 2), (0, 12)]
    assert range_nodes(8, 13) == [(2, 2), (0, 12)]
    assert range_nodes(0, 0) == []
