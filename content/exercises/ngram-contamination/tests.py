import math


def _t_close_list(got, exp):
    return len(got) == len(exp) and all(math.isclose(g, e, rel_tol=1e-6, abs_tol=1e-9) for g, e in zip(got, exp))


def test_task_example():
    """题面示例（n=3）：命中 1/3 的条目被标记；短于 n 的条目比例为 0、不标记"""
    corpus = ["the quick brown fox jumps over the lazy dog"]
    bench = ["a quick brown fox appears", "nothing to see here today", "lazy dog"]
    flagged, ratios = detect_contamination(bench, corpus, n=3)
    assert flagged == [0], f"expected [0], got {flagged}"
    assert _t_close_list(ratios, [1 / 3, 0.0, 0.0]), f"expected [0.333.., 0.0, 0.0], got {ratios}"


def test_default_13_gram_boundary():
    """默认 n=13：抄了连续 13 个词的条目被标记，只抄 12 个词的不被标记"""
    words = [f"w{i}" for i in range(40)]
    corpus = [" ".join(words)]
    copy13 = "intro " + " ".join(words[5:18]) + " outro"
    copy12 = "intro " + " ".join(words[5:17]) + " outro"
    flagged, ratios = detect_contamination([copy12, copy13], corpus)
    assert flagged == [1], f"expected only item 1 flagged, got {flagged}"
    assert math.isclose(ratios[1], 1 / 3), f"expected 1/3 for item 1, got {ratios[1]}"


def test_case_and_whitespace_normalised():
    """大小写不同、空白是 tab/换行/多个空格时仍算同一 n-gram"""
    corpus = ["Solve for x in the equation"]
    bench = ["SOLVE  for\tx\nin the equation"]
    flagged, ratios = detect_contamination(bench, corpus, n=4)
    assert flagged == [0], f"expected [0], got {flagged}"
    assert math.isclose(ratios[0], 1.0), f"expected 1.0, got {ratios[0]}"


def test_no_ngram_across_documents():
    """n-gram 不能跨越训练语料中两篇文档的边界"""
    flagged, ratios = detect_contamination(["c d e"], ["a b c", "d e f"], n=3)
    assert flagged == [], f"expected no flag, got {flagged}"
    assert ratios == [0.0], f"expected [0.0], got {ratios}"


def test_whole_tokens_only():
    """按整词匹配：'cat' 不能匹配到 'concat' 的一部分"""
    flagged, _ = detect_contamination(["cat the strings"], ["please concat the strings now"], n=3)
    assert flagged == [], f"expected no flag, got {flagged}"


def test_ratio_over_distinct_ngrams():
    """比例按去重后的 n-gram 集合计算：'x y x y z' 的 2-gram 集合为 {xy, yx, yz}，命中 1 个"""
    flagged, ratios = detect_contamination(["x y x y z"], ["x y"], n=2)
    assert flagged == [0], f"expected [0], got {flagged}"
    assert math.isclose(ratios[0], 1 / 3), f"expected 1/3, got {ratios[0]}"


def test_edge_cases():
    """空 benchmark 返回 ([], [])；n <= 0 抛出 ValueError"""
    assert detect_contamination([], ["a b c"], n=2) == ([], []), "expected ([], []) for an empty benchmark"
    try:
        detect_contamination(["a b"], ["a b"], n=0)
    except ValueError:
        return
    assert False, "expected ValueError for n=0"
