import math


def test_char_shingles():
    """字符 n-gram：正常切分；短于 n 的非空文本是一个 shingle；空串得到空集合"""
    got = char_shingles("abcdef", 3)
    assert got == {"abc", "bcd", "cde", "def"}, f"expected 4 shingles, got {got}"
    assert char_shingles("ab", 3) == {"ab"}, f"expected {{'ab'}}, got {char_shingles('ab', 3)}"
    assert char_shingles("", 3) == set(), f"expected set(), got {char_shingles('', 3)}"


def test_signature_deterministic_and_seeded():
    """签名长度为 num_perm；同一 seed 结果可复现、与集合构造顺序无关；换 seed 结果不同"""
    a = minhash_signature({"abc", "bcd", "cde"}, num_perm=64, seed=7)
    b = minhash_signature(set(["cde", "abc", "bcd"]), num_perm=64, seed=7)
    c = minhash_signature({"abc", "bcd", "cde"}, num_perm=64, seed=8)
    assert len(a) == 64, f"expected 64 values, got {len(a)}"
    assert a == b, "same set and seed must give the same signature"
    assert a != c, "a different seed should give different hash functions"


def test_no_builtin_hash():
    """不能用内置 hash()：它对 str 加盐，换一个进程签名就变了"""
    g = globals()
    had, saved = "hash" in g, g.get("hash")

    def _banned(*args, **kwargs):
        raise AssertionError("built-in hash() is salted for str; use hashlib or a seeded linear hash")

    g["hash"] = _banned
    try:
        minhash_signature({"hello", "world"}, num_perm=8, seed=1)
    finally:
        if had:
            g["hash"] = saved
        else:
            del g["hash"]


def test_identical_and_disjoint():
    """相同集合估计为 1.0；不相交集合估计接近 0"""
    A = {f"tok{i}" for i in range(40)}
    B = {f"other{i}" for i in range(40)}
    sa, sb = minhash_signature(A, 128, 0), minhash_signature(B, 128, 0)
    same = estimate_jaccard(sa, minhash_signature(set(A), 128, 0))
    assert same == 1.0, f"expected 1.0, got {same}"
    diff = estimate_jaccard(sa, sb)
    assert diff < 0.05, f"expected about 0 for disjoint sets, got {diff}"


def test_estimate_tracks_exact_jaccard():
    """精确 Jaccard 为 0.5 的两个集合，256 个哈希的估计值落在 0.5 ± 0.12 内"""
    A = {str(i) for i in range(60)}
    B = {str(i) for i in range(20, 80)}
    exact = jaccard(A, B)
    assert math.isclose(exact, 0.5), f"expected exact 0.5, got {exact}"
    est = estimate_jaccard(minhash_signature(A, 256, 0), minhash_signature(B, 256, 0))
    assert abs(est - 0.5) < 0.12, f"expected about 0.5, got {est}"
    assert jaccard(set(), set()) == 1.0, "two empty sets count as identical"
    try:
        estimate_jaccard([1, 2, 3], [1, 2])
    except ValueError:
        return
    assert False, "expected ValueError for signatures of different length"


def test_union_find_is_transitive():
    """union-find 把成对关系传递合并：0-1、1-2 连成一组，单独的元素自成一组"""
    got = group_pairs(6, [(1, 2), (0, 1), (4, 5)])
    assert got == [[0, 1, 2], [3], [4, 5]], f"expected [[0, 1, 2], [3], [4, 5]], got {got}"
    assert group_pairs(0, []) == [], "expected [] for no items"


def test_near_duplicate_groups_example():
    """题面示例：只差标点或大小写的句子归为一组，无关文本不混入"""
    docs = [
        "The quick brown fox jumps over the lazy dog near the river bank.",
        "The quick brown fox jumps over the lazy dog near the river bank!",
        "Completely different text about training large language models.",
        "the quick brown fox jumps over the lazy dog near the river bank.",
        "Completely different text about training large language models today.",
    ]
    got = near_duplicate_groups(docs, threshold=0.7)
    assert got == [[0, 1, 3], [2, 4]], f"expected [[0, 1, 3], [2, 4]], got {got}"
