"""Incremental Merkle tree over stored complete-subtree nodes.

A store keeps every *complete* subtree hash as node ``(level, index)``,
covering leaves ``[index * 2**level, (index + 1) * 2**level)``; level 0 holds
the leaf hashes.  Nodes are immutable once written, so a SQL store can keep
them in an append-only table.  Every function here first plans the node keys
it needs, fetches them with one batched ``get_nodes`` call, and then hashes;
that keeps each operation at O(log n) reads however large the log grows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from audit.merkle import EMPTY_ROOT, HASH_SIZE, node_hash, split_point

NodeKey = tuple[int, int]
Range = tuple[int, int]


class NodeReader(Protocol):
    def get_nodes(self, keys: Sequence[NodeKey]) -> Mapping[NodeKey, bytes]:
        """Return the stored hashes for ``keys``; missing keys may be absent."""
        ...


class TreeError(Exception):
    """The store is missing a node the tree shape says must exist."""


class MemoryNodeStore:
    """A dict-backed NodeReader, for tests and the offline verifier."""

    def __init__(self) -> None:
        self.nodes: dict[NodeKey, bytes] = {}
        self.reads = 0

    def get_nodes(self, keys: Sequence[NodeKey]) -> Mapping[NodeKey, bytes]:
        self.reads += len(keys)
        nodes = self.nodes
        return {k: nodes[k] for k in keys if k in nodes}

    def put(self, nodes: Iterable[tuple[int, int, bytes]]) -> None:
        for level, index, h in nodes:
            self.nodes[(level, index)] = h


def range_nodes(lo: int, hi: int) -> list[NodeKey]:
    """Perfect-subtree keys that tile ``[lo, hi)``, left to right, largest first.

    Valid for the ranges a Merkle tree actually produces, where ``lo`` is a
    multiple of every chunk size taken from it.
    """
    keys: list[NodeKey] = []
    while lo < hi:
        level = (hi - lo).bit_length() - 1
        if lo:
            level = min(level, (lo & -lo).bit_length() - 1)
        keys.append((level, lo >> level))
        lo += 1 << level
    return keys


def _fold(hashes: Sequence[bytes]) -> bytes:
    # A tree range is a perfect left subtree plus the (recursive) remainder,
    # so its MTH is the right-to-left fold of its tiling.
    if not hashes:
        return EMPTY_ROOT
    acc = hashes[-1]
    for h in reversed(hashes[:-1]):
        acc = node_hash(h, acc)
    return acc


def _fetch(reader: NodeReader, ranges: Sequence[Range]) -> list[bytes]:
    """Hash of each range, from a single batched read."""
    tilings = [range_nodes(lo, hi) for lo, hi in ranges]
    wanted = list(dict.fromkeys(k for t in tilings for k in t))
    got = reader.get_nodes(wanted) if wanted else {}
    missing = [k for k in wanted if k not in got]
    if missing:
        raise TreeError(f"store is missing nodes {missing[:4]}")
    return [_fold([got[k] for k in t]) for t in tilings]


def _check_hashes(hashes: Sequence[bytes]) -> None:
    for h in hashes:
        if not isinstance(h, bytes) or len(h) != HASH_SIZE:
            raise ValueError("leaf hashes must be 32-byte values")


def append(
    size: int, leaf_hashes: Sequence[bytes], reader: NodeReader
) -> tuple[list[tuple[int, int, bytes]], bytes]:
    """Append ``leaf_hashes`` to a tree of ``size`` leaves.

    Returns the nodes to store (the new leaves at level 0 and every subtree
    they complete) and the new root.  Reads only the right border of the
    existing tree: at most one node per set bit of ``size``.
    """
    if size < 0:
        raise ValueError("size must be >= 0")
    _check_hashes(leaf_hashes)
    border = range_nodes(0, size)
    stack: list[tuple[int, int, bytes]] = []
    if border:
        got = reader.get_nodes(border)
        if any(k not in got for k in border):
            raise TreeError(f"store is missing the right border of size {size}")
        stack = [(lvl, idx, got[(lvl, idx)]) for lvl, idx in border]
    out: list[tuple[int, int, bytes]] = []
    for i, h in enumerate(leaf_hashes, start=size):
        node = (0, i, h)
        out.append(node)
        # Merge while the two rightmost subtrees are siblings.
        while stack and stack[-1][0] == node[0]:
            left = stack.pop()
            node = (node[0] + 1, node[1] >> 1, node_hash(left[2], node[2]))
            out.append(node)
        stack.append(node)
    return out, _fold([n[2] for n in stack])


def root_at(size: int, reader: NodeReader) -> bytes:
    """MTH of the first ``size`` leaves."""
    if size < 0:
        raise ValueError("size must be >= 0")
    return _fetch(reader, [(0, size)])[0] if size else EMPTY_ROOT


def _path_ranges(m: int, lo: int, hi: int) -> list[Range]:
    # RFC 6962 PATH, planned as ranges instead of hashes.
    ranges: list[Range] = []
    while hi - lo > 1:
        k = split_point(hi - lo)
        if m < k:
            ranges.append((lo + k, hi))
            hi = lo + k
        else:
            ranges.append((lo, lo + k))
            m -= k
            lo += k
    ranges.reverse()
    return ranges


def _subproof_ranges(m: int, n: int) -> list[Range]:
    # RFC 6962 SUBPROOF(m, D[0:n], true), planned as ranges.
    ranges: list[Range] = []
    lo, hi, known = 0, n, True
    while m != hi - lo:
        k = split_point(hi - lo)
        if m <= k:
            ranges.append((lo + k, hi))
            hi = lo + k
        else:
            ranges.append((lo, lo + k))
            m -= k
            lo += k
            known = False
    if not known:
        ranges.append((lo, hi))
    ranges.reverse()
    return ranges


def inclusion_proof_at(index: int, size: int, reader: NodeReader) -> list[bytes]:
    """Audit path for leaf ``index`` in the tree of ``size`` leaves."""
    if not 0 <= index < size:
        raise ValueError(f"index {index} out of range for size {size}")
    return _fetch(reader, _path_ranges(index, 0, size))


def consistency_proof_at(old: int, new: int, reader: NodeReader) -> list[bytes]:
    """RFC 6962 consistency proof from size ``old`` to size ``new``."""
    if not 0 <= old <= new:
        raise ValueError(f"need 0 <= old <= new, got {old}, {new}")
    if old in (0, new):
        return []
    return _fetch(reader, _subproof_ranges(old, new))
