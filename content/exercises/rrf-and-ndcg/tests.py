import math


def _t_close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def test_readme_rrf():
    """示例：两路排序融合，分数为各路 1/(60+rank) 之和"""
    got = rrf([["a", "b", "c"], ["b", "c", "d"]])
    expected = [("b", 1 / 62 + 1 / 61), ("c", 1 / 63 + 1 / 62), ("a", 1 / 61), ("d", 1 / 63)]
    assert [d for d, _ in got] == [d for d, _ in expected], f"expected order {[d for d, _ in expected]}, got {got}"
    assert all(_t_close(g, e) for (_, g), (_, e) in zip(got, expected)), f"expected {expected}, got {got}"


def test_rrf_ties_k_and_duplicates():
    """同分按 id 升序；k 改变名次间的差距；同一路里重复的文档只按第一次出现计分"""
    got = rrf([["x", "y"], ["y", "x"]])
    assert [d for d, _ in got] == ["x", "y"], f"expected ['x', 'y'] (tie), got {got}"
    rankings = [["a", "p", "q", "b"], ["r", "s", "t", "b"]]
    top = rrf(rankings, k=60)[0][0]
    assert top == "b", f"k=60: expected 'b' (ranked 4th twice) on top, got {rrf(rankings, k=60)}"
    top = rrf(rankings, k=1)[0][0]
    assert top == "a", f"k=1: expected 'a' (ranked 1st once) on top, got {rrf(rankings, k=1)}"
    got = dict(rrf([["a", "a", "b"]]))
    assert _t_close(got["a"], 1 / 61) and _t_close(got["b"], 1 / 63), f"expected a=1/61, b=1/63, got {got}"
    assert rrf([]) == [], "expected [] for no rankings"


def test_readme_ndcg():
    """示例：分级相关性 NDCG@3 手算值"""
    relevance = {"d1": 2, "d2": 3, "d3": 0, "d4": 1}
    got = ndcg_at_k(["d1", "d3", "d4", "d2"], relevance, 3)
    dcg = 3 / 1 + 0 + 1 / 2
    idcg = 7 / 1 + 3 / math.log2(3) + 1 / 2
    assert _t_close(got, dcg / idcg), f"expected {dcg / idcg}, got {got}"


def test_ndcg_ideal_uses_all_judged_docs():
    """IDCG 用全部已标注文档计算：漏掉最相关文档时 NDCG 不能是 1"""
    relevance = {"a": 3, "b": 1}
    got = ndcg_at_k(["b", "x", "y"], relevance, 3)
    expected = 1.0 / (7 + 1 / math.log2(3))
    assert _t_close(got, expected), f"expected {expected}, got {got}"
    got = ndcg_at_k(["a", "b"], relevance, 2)
    assert _t_close(got, 1.0), f"perfect order: expected 1.0, got {got}"


def test_ndcg_edge_cases():
    """没有相关文档时为 0；k 大于列表长度；未标注文档按 0 处理"""
    assert ndcg_at_k(["a", "b"], {}, 5) == 0.0, "expected 0.0 with no judged documents"
    assert ndcg_at_k(["a", "b"], {"a": 0, "b": 0}, 5) == 0.0, "expected 0.0 when all labels are 0"
    got = ndcg_at_k(["z", "a"], {"a": 1}, 10)
    assert _t_close(got, 1 / math.log2(3)), f"expected {1 / math.log2(3)}, got {got}"
    got = ndcg_at_k([], {"a": 2}, 3)
    assert got == 0.0, f"expected 0.0 for an empty ranking, got {got}"
