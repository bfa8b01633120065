import math


def _t_close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _t_idf(N, n):
    return math.log((N - n + 0.5) / (n + 0.5) + 1)


_T_DOCS = [
    ["reward", "model", "training"],
    ["policy", "gradient", "reward", "reward"],
    ["search", "agent", "with", "retrieval", "and", "reward", "shaping", "tricks"],
    ["tokenizer"],
]


def test_readme_hand_computed():
    """示例：按公式手算的单词查询得分与排序"""
    got = bm25_scores(["reward"], _T_DOCS)
    avgdl = 16 / 4
    idf = _t_idf(4, 3)
    expected = []
    for f, dl in [(1, 3), (2, 4), (1, 8), (0, 1)]:
        expected.append(idf * f * 2.5 / (f + 1.5 * (0.25 + 0.75 * dl / avgdl)) if f else 0.0)
    assert all(_t_close(g, e) for g, e in zip(got, expected)), f"expected {expected}, got {got}"
    got = bm25_rank(["reward"], _T_DOCS)
    assert got == [1, 0, 2, 3], f"expected [1, 0, 2, 3], got {got}"


def test_idf_prefers_rare_terms():
    """稀有词 IDF 更大：命中 'tokenizer' 的短文档胜过命中常见词的文档"""
    got = bm25_rank(["tokenizer", "reward"], _T_DOCS)
    assert got[0] == 3, f"expected document 3 first, got {got}"
    assert _t_idf(4, 1) > _t_idf(4, 3) > 0, "IDF should be positive and larger for rarer terms"


def test_tf_saturation():
    """词频饱和：b=0 时 tf 从 1 到 100，得分增长有上限 (k1+1)·IDF"""
    docs = [["x"] * 1 + ["pad"] * 99, ["x"] * 100, ["y"]]
    s = bm25_scores(["x"], docs, k1=1.2, b=0.0)
    idf = _t_idf(3, 2)
    assert _t_close(s[0], idf * 1 * 2.2 / (1 + 1.2)), f"expected {idf}, got {s[0]}"
    assert _t_close(s[1], idf * 100 * 2.2 / (100 + 1.2)), f"expected {idf * 220 / 101.2}, got {s[1]}"
    assert s[1] < 2.2 * idf, f"score must stay below (k1+1)*IDF = {2.2 * idf}, got {s[1]}"


def test_length_normalisation_b():
    """b 控制长度归一化：b=1 时长文档被压低，b=0 时同词频文档得分相同"""
    docs = [["q", "a"], ["q", "a", "b", "c", "d", "e", "f", "g"], ["z"]]
    s0 = bm25_scores(["q"], docs, b=0.0)
    assert _t_close(s0[0], s0[1]), f"b=0: expected equal scores, got {s0}"
    s1 = bm25_scores(["q"], docs, b=1.0)
    assert s1[0] > s1[1], f"b=1: expected the short document to win, got {s1}"


def test_repeated_query_terms_and_ties():
    """查询里重复的词每次都计分（重复关键词能抬高分数）；同分按下标"""
    one = bm25_scores(["policy"], _T_DOCS)
    two = bm25_scores(["policy", "policy"], _T_DOCS)
    assert _t_close(two[1], 2 * one[1]), f"expected {2 * one[1]}, got {two[1]}"
    docs = [["a", "b"], ["b", "a"], ["c", "d"]]
    got = bm25_rank(["a"], docs)
    assert got == [0, 1, 2], f"expected [0, 1, 2], got {got}"


def test_edge_cases():
    """空语料返回空列表；全部为空文档时不除零、得分为 0；查询词都不在语料中时按下标排序"""
    assert bm25_scores(["a"], []) == [], "expected [] for an empty corpus"
    assert bm25_rank(["a"], []) == [], "expected [] for an empty corpus"
    got = bm25_scores(["a"], [[], []])
    assert got == [0.0, 0.0], f"expected [0.0, 0.0], got {got}"
    got = bm25_rank(["unseen"], _T_DOCS)
    assert got == [0, 1, 2, 3], f"expected [0, 1, 2, 3], got {got}"
