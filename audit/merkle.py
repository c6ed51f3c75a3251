"""RFC 6962 / RFC 9162 Merkle tree reference functions (SHA-256).

Everything here is bytes in, bytes out; sizes are leaf counts and indices are
0-based.  ``root_hash`` and the proof builders take raw leaf *data* and are
the slow, obviously-correct reference that ``audit.tree`` is tested against.

Verification follows RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2
(consistency).  Verifiers return ``False`` for every malformed input (wrong
types, negative sizes, index >= size, non-32-byte hashes, proofs of the wrong
length) and never raise.

Edge-case rule, chosen on purpose because published verifiers disagree:

* A consistency proof from ``old_size == 0`` is **rejected** (as
  transparency-dev/merkle does).  An empty tree commits to nothing, so a
  "proof" from it says nothing; accepting it (as the old CT Python verifier
  did) would let a caller believe a check happened when none did.
* Every hash (leaf hash, roots, proof elements) must be exactly 32 bytes.
  transparency-dev does not check lengths, and its probe
  ``consistency/additional/sizes-are-equal-one-and-proof-is-empty.json``
  (12-byte placeholder roots) expects acceptance; this module rejects it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

HASH_SIZE = 32
_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    """MTH of a single leaf: SHA-256(0x00 || data)."""
    return hashlib.sha256(_LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Interior node: SHA-256(0x01 || left || right)."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


def split_point(n: int) -> int:
    """Largest power of two strictly less than ``n`` (``n`` >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def _mth(hashes: Sequence[bytes], lo: int, hi: int) -> bytes:
    n = hi - lo
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return hashes[lo]
    k = split_point(n)
    return node_hash(_mth(hashes, lo, lo + k), _mth(hashes, lo + k, hi))


def root_hash(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[0:n]) for raw leaf data; the empty tree hashes to SHA-256("")."""
    return _mth([leaf_hash(d) for d in leaves], 0, len(leaves))


def subtree_hash(leaves: Sequence[bytes], start: int, end: int) -> bytes:
    """MTH(D[start:end]) for raw leaf data."""
    return _mth([leaf_hash(d) for d in leaves[start:end]], 0, end - start)


def _path(hashes: Sequence[bytes], m: int, lo: int, hi: int) -> list[bytes]:
    # RFC 6962 §2.1.1 PATH(m, D[lo:hi]), m relative to lo.
    n = hi - lo
    if n <= 1:
        return []
    k = split_point(n)
    if m < k:
        return [*_path(hashes, m, lo, lo + k), _mth(hashes, lo + k, hi)]
    return [*_path(hashes, m - k, lo + k, hi), _mth(hashes, lo, lo + k)]


def inclusion_proof(leaves: Sequence[bytes], index: int) -> list[bytes]:
    """Audit path for ``leaves[index]`` in the tree of all ``leaves``, bottom-up."""
    if not 0 <= index < len(leaves):
        raise ValueError(f"index {index} out of range for size {len(leaves)}")
    return _path([leaf_hash(d) for d in leaves], index, 0, len(leaves))


def subtree_inclusion_proof(leaves: Sequence[bytes], index: int, start: int, end: int) -> list[bytes]:
    """Audit path for leaf ``index`` inside the subtree D[start:end]."""
    if not start <= index < end <= len(leaves):
        raise ValueError("need start <= index < end <= len(leaves)")
    return _path([leaf_hash(d) for d in leaves[start:end]], index - start, 0, end - start)


def _subproof(hashes: Sequence[bytes], start: int, end: int, lo: int, hi: int, known: bool) -> list[bytes]:
    # RFC 6962 §2.1.2 SUBPROOF, generalised to a subtree [start, end) as in the
    # "subtree consistency proof" of draft-ietf-plants-merkle-tree-certs; with
    # start == 0 it is exactly the RFC algorithm.  start/end are relative to lo.
    n = hi - lo
    if start == 0 and end == n:
        return [] if known else [_mth(hashes, lo, hi)]
    k = split_point(n)
    if end <= k:
        return [*_subproof(hashes, start, end, lo, lo + k, known), _mth(hashes, lo + k, hi)]
    if start >= k:
        return [*_subproof(hashes, start - k, end - k, lo + k, hi, known), _mth(hashes, lo, lo + k)]
    return [*_subproof(hashes, 0, end - k, lo + k, hi, False), _mth(hashes, lo, lo + k)]


def consistency_proof(leaves: Sequence[bytes], old_size: int) -> list[bytes]:
    """RFC 6962 PROOF(old_size, D[0:n]); empty when old_size is 0 or n."""
    n = len(leaves)
    if not 0 <= old_size <= n:
        raise ValueError(f"old_size {old_size} out of range for size {n}")
    if old_size in (0, n):
        return []
    return _subproof([leaf_hash(d) for d in leaves], 0, old_size, 0, n, True)


def subtree_consistency_proof(leaves: Sequence[bytes], start: int, end: int, n: int) -> list[bytes]:
    """Proof that subtree D[start:end] is contained in the tree D[0:n]."""
    if not 0 <= start <= end <= n <= len(leaves):
        raise ValueError("need 0 <= start <= end <= n <= len(leaves)")
    if start == end:
        return []
    return _subproof([leaf_hash(d) for d in leaves[:n]], start, end, 0, n, True)


def _is_hash(value: object) -> bool:
    return isinstance(value, bytes) and len(value) == HASH_SIZE


def _is_size(value: object) -> bool:
    # bool is an int subclass; a True "size" is a caller bug, not a size.
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _proof_ok(proof: object) -> bool:
    return isinstance(proof, (list, tuple)) and all(_is_hash(p) for p in proof)


def verify_inclusion(leaf_hash: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> bool:
    """RFC 9162 §2.1.3.2: does ``proof`` place ``leaf_hash`` at ``index`` under ``root``?"""
    if not (_is_size(index) and _is_size(size) and _is_hash(leaf_hash) and _is_hash(root)):
        return False
    if not _proof_ok(proof) or index >= size:
        return False
    fn, sn, r = index, size - 1, leaf_hash
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 §2.1.4.2: is the tree ``new_root`` an append-only extension of ``old_root``?

    Rejects ``old_size == 0`` (see the module docstring for why).
    """
    if not (_is_size(old_size) and _is_size(new_size) and _is_hash(old_root) and _is_hash(new_root)):
        return False
    if not _proof_ok(proof) or old_size == 0 or old_size > new_size:
        return False
    if old_size == new_size:
        return len(proof) == 0 and old_root == new_root
    if len(proof) == 0:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root
