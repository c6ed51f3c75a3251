from __future__ import annotations

import hashlib
from typing import Any

import pytest

from audit import merkle as M
from tests.audit._audit_vectors import load_vectors

TREE = load_vectors("tree_roots.json")
INCL = load_vectors("inclusion_proofs.json")
CONS = load_vectors("consistency_proofs.json")
ACC = load_vectors("accumulated_vectors.json")
LEAVES = [bytes.fromhex(h) for h in TREE["leaves_hex"]]
H = bytes.fromhex

# The only probes where this module's documented rule (see audit.merkle) and
# transparency-dev/merkle disagree: 12-byte placeholder roots are rejected here.
EXPECTED_DIVERGENT_PROBES = {"testdata/consistency/additional/sizes-are-equal-one-and-proof-is-empty.json"}


def _proof(p: list[str] | None) -> list[bytes]:
    return [H(x) for x in p or []]


@pytest.mark.parametrize("item", TREE["roots"], ids=lambda r: f"size{r['tree_size']}")
def test_tree_roots(item: dict[str, object]) -> None:
    assert M.root_hash(LEAVES[: int(item["tree_size"])]).hex() == item["root"]  # type: ignore[call-overload]


def test_node_hashes() -> None:
    for level, row in enumerate(TREE["node_hashes"]):
        for index, expected in enumerate(row):
            width = 1 << level
            got = M.subtree_hash(LEAVES, index * width, (index + 1) * width)
            assert got.hex() == expected, (level, index)


@pytest.mark.parametrize("prim", TREE["hasher_primitives"], ids=lambda p: p["kind"])
def test_hasher_primitives(prim: dict[str, str]) -> None:
    if prim["kind"] == "empty_tree":
        got = M.root_hash([])
    elif prim["kind"] == "leaf":
        got = M.leaf_hash(H(prim["data_hex"]))
    else:
        got = M.node_hash(H(prim["left_hex"]), H(prim["right_hex"]))
    assert got.hex() == prim["expected"]


@pytest.mark.parametrize("v", INCL["table"], ids=lambda v: f"{v['leaf_index']}of{v['tree_size']}")
def test_inclusion_table(v: dict[str, object]) -> None:
    size, index = int(v["tree_size"]), int(v["leaf_index"])  # type: ignore[call-overload]
    proof = _proof(v["proof"])  # type: ignore[arg-type]
    assert M.inclusion_proof(LEAVES[:size], index) == proof
    assert M.verify_inclusion(M.leaf_hash(LEAVES[index]), index, size, proof, H(str(v["root"])))


def test_inclusion_real_world_ct() -> None:
    v = INCL["real_world"][0]
    lh = M.leaf_hash(H(v["leaf_hex"]))
    assert lh.hex() == v["leaf_hash"]
    proof = _proof(v["proof"])
    assert M.verify_inclusion(lh, v["leaf_index"], v["tree_size"], proof, H(v["root"]))
    assert not M.verify_inclusion(lh, v["leaf_index"] + 1, v["tree_size"], proof, H(v["root"]))


@pytest.mark.parametrize("v", CONS["table"], ids=lambda v: f"{v['size1']}to{v['size2']}")
def test_consistency_table(v: dict[str, object]) -> None:
    s1, s2 = int(v["size1"]), int(v["size2"])  # type: ignore[call-overload]
    proof = _proof(v["proof"])  # type: ignore[arg-type]
    assert M.consistency_proof(LEAVES[:s2], s1) == proof
    assert M.verify_consistency(s1, s2, H(str(v["root1"])), H(str(v["root2"])), proof)


@pytest.mark.parametrize("p", INCL["probes"], ids=lambda p: p["file"])
def test_inclusion_probes(p: dict[str, Any]) -> None:
    got = M.verify_inclusion(
        H(str(p["leafHash"])),
        p["leafIdx"],
        p["treeSize"],
        _proof(p["proof"]),
        H(str(p["root"])),
    )
    assert got is (not p["wantErr"])


@pytest.mark.parametrize("p", CONS["probes"], ids=lambda p: p["file"])
def test_consistency_probes(p: dict[str, Any]) -> None:
    got = M.verify_consistency(
        p["size1"],
        p["size2"],
        H(str(p["root1"])),
        H(str(p["root2"])),
        _proof(p["proof"]),
    )
    if p["file"] in EXPECTED_DIVERGENT_PROBES:
        assert p["wantErr"] is False and got is False
    else:
        assert got is (not p["wantErr"])


def test_divergent_probes_are_exactly_the_documented_ones() -> None:
    """Only the 12-byte-root probe disagrees; every old_size == 0 probe expects rejection anyway."""
    divergent = set()
    for p in CONS["probes"]:
        got = M.verify_consistency(p["size1"], p["size2"], H(p["root1"]), H(p["root2"]), _proof(p["proof"]))
        if got is bool(p["wantErr"]):
            divergent.add(p["file"])
    for p in INCL["probes"]:
        got = M.verify_inclusion(
            H(p["leafHash"]), p["leafIdx"], p["treeSize"], _proof(p["proof"]), H(p["root"])
        )
        if got is bool(p["wantErr"]):
            divergent.add(p["file"])
    assert divergent == EXPECTED_DIVERGENT_PROBES
    probe = next(p for p in CONS["probes"] if p["file"] in EXPECTED_DIVERGENT_PROBES)
    assert len(H(probe["root1"])) == 12
    zero = [p for p in CONS["probes"] if p["size1"] == 0]
    assert zero and all(p["wantErr"] for p in zero)


def test_old_size_zero_rejected_even_when_trivially_true() -> None:
    # The CT python verifier would accept this; the documented rule rejects it.
    root = M.root_hash(LEAVES)
    assert not M.verify_consistency(0, 8, M.EMPTY_ROOT, root, [])
    assert not M.verify_consistency(0, 0, M.EMPTY_ROOT, M.EMPTY_ROOT, [])


@pytest.mark.parametrize(
    "args",
    [
        ("x", 0, 1, [], b"\0" * 32),
        (b"\0" * 32, -1, 1, [], b"\0" * 32),
        (b"\0" * 32, 0, -1, [], b"\0" * 32),
        (b"\0" * 32, 1, 1, [], b"\0" * 32),
        (b"\0" * 32, True, 2, [b"\0" * 32], b"\0" * 32),
        (b"\0" * 31, 0, 1, [], b"\0" * 31),
        (b"\0" * 32, 0, 2, [b"\0" * 33], b"\0" * 32),
        (b"\0" * 32, 0, 2, None, b"\0" * 32),
        (b"\0" * 32, 0, 2, ["ab"], b"\0" * 32),
        (b"\0" * 32, 0.0, 1, [], b"\0" * 32),
    ],
)
def test_verify_inclusion_rejects_malformed(args: tuple[object, ...]) -> None:
    assert M.verify_inclusion(*args) is False  # type: ignore[arg-type]


def test_verify_consistency_rejects_malformed() -> None:
    r8, r4 = M.root_hash(LEAVES), M.root_hash(LEAVES[:4])
    good = M.consistency_proof(LEAVES, 4)
    assert M.verify_consistency(4, 8, r4, r8, good)
    assert not M.verify_consistency(8, 4, r8, r4, good)
    assert not M.verify_consistency(4, 8, r4[:31], r8, good)
    assert not M.verify_consistency(4, 8, r4, r8, [*good, good[0]])
    assert not M.verify_consistency(4, 8, r4, r8, good[:-1])
    assert not M.verify_consistency("4", 8, r4, r8, good)  # type: ignore[arg-type]
    assert not M.verify_consistency(4, 8, r4, r8, "ab")  # type: ignore[arg-type]
    assert not M.verify_consistency(8, 8, r8, r8, good)


def test_all_small_trees_round_trip() -> None:
    data = [bytes([i]) for i in range(33)]
    for n in range(1, 34):
        root = M.root_hash(data[:n])
        for i in range(n):
            assert M.verify_inclusion(M.leaf_hash(data[i]), i, n, M.inclusion_proof(data[:n], i), root)
        for m in range(1, n + 1):
            p = M.consistency_proof(data[:n], m)
            assert M.verify_consistency(m, n, M.root_hash(data[:m]), root, p)


# --- accumulated vectors (draft-ietf-plants-merkle-tree-certs "Subtree Test Vectors") ---

D = [bytes([i]) for i in range(ACC["max_size"])]


def _valid_subtree(start: int, end: int) -> bool:
    if start in (0, end):
        return True
    return start % (1 << (end - start - 1).bit_length()) == 0


def _hexes(proof: list[bytes]) -> str:
    return "".join(" " + h.hex() for h in proof)


def test_accumulated_subtree_hashes() -> None:
    h = hashlib.sha256()
    for end in range(ACC["max_size"] + 1):
        for start in range(end + 1):
            if _valid_subtree(start, end):
                h.update(f"[{start}, {end}) {M.subtree_hash(D, start, end).hex()}\n".encode())
    assert h.hexdigest() == ACC["digests"]["TestSubtreeHashVectors"]


def test_accumulated_inclusion_proofs() -> None:
    h = hashlib.sha256()
    for end in range(1, ACC["max_size"] + 1):
        for start in range(end):
            if _valid_subtree(start, end):
                for i in range(start, end):
                    proof = M.subtree_inclusion_proof(D, i, start, end)
                    h.update(f"{i} [{start}, {end}){_hexes(proof)}\n".encode())
    assert h.hexdigest() == ACC["digests"]["TestSubtreeInclusionProofVectors"]


@pytest.mark.slow
def test_accumulated_consistency_proofs() -> None:
    h = hashlib.sha256()
    for n in range(ACC["max_size"] + 1):
        for end in range(n + 1):
            for start in range(end + 1):
                if _valid_subtree(start, end):
                    proof = M.subtree_consistency_proof(D, start, end, n)
                    h.update(f"[{start}, {end}) {n}{_hexes(proof)}\n".encode())
    assert h.hexdigest() == ACC["digests"]["TestSubtreeConsistencyProofVectors"]


@pytest.mark.skip(reason="needs FindSubtrees (covering subtrees), an algorithm the audit log does not use")
def test_accumulated_covering() -> None:
    raise AssertionError
