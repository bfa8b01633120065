import math


def _t_close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _t_all_close(got, expected):
    return len(got) == len(expected) and all(_t_close(g, e) for g, e in zip(got, expected))


def _t_softmax(xs):
    m = max(xs)
    e = [math.exp(x - m) for x in xs]
    s = sum(e)
    return [v / s for v in e]


def test_readme_examples():
    """示例：无过滤时等于 softmax，top_k=2、temperature=0 的结果"""
    got = filter_probs([1.0, 2.0, 3.0])
    expected = [0.09003057317038046, 0.24472847105479767, 0.6652409557748219]
    assert _t_all_close(got, expected), f"expected {expected}, got {got}"
    got = filter_probs([1.0, 2.0, 3.0], top_k=2)
    expected = [0.0, 0.2689414213699951, 0.7310585786300049]
    assert _t_all_close(got, expected), f"expected {expected}, got {got}"
    got = filter_probs([1.0, 2.0, 3.0], temperature=0)
    assert got == [0.0, 0.0, 1.0], f"expected [0.0, 0.0, 1.0], got {got}"


def test_temperature_and_large_logits():
    """temperature 会缩放 logits；logits 为 1000 量级时不溢出"""
    got = filter_probs([1.0, 2.0, 3.0], temperature=0.5)
    expected = _t_softmax([2.0, 4.0, 6.0])
    assert _t_all_close(got, expected), f"expected {expected}, got {got}"
    got = filter_probs([1000.0, 1001.0, 1002.0], temperature=2.0)
    expected = _t_softmax([0.0, 0.5, 1.0])
    assert _t_all_close(got, expected), f"expected {expected}, got {got}"


def test_top_p_nucleus():
    """top-p 取累计概率达到 p 的最短前缀，再重新归一化"""
    logits = [math.log(0.5), math.log(0.25), math.log(0.125), math.log(0.125)]
    got = filter_probs(logits, top_p=0.7)
    expected = [2 / 3, 1 / 3, 0.0, 0.0]
    assert _t_all_close(got, expected), f"expected {expected}, got {got}"
    got = filter_probs(logits, top_p=0.8)
    expected = [0.5 / 0.875, 0.25 / 0.875, 0.125 / 0.875, 0.0]
    assert _t_all_close(got, expected), f"expected {expected}, got {got}"


def test_top_p_after_top_k_renormalisation():
    """top-p 作用在 top-k 重新归一化后的分布上：[0.4,0.3,0.2,0.1]、k=2、p=0.5 只留第一个"""
    logits = [math.log(0.4), math.log(0.3), math.log(0.2), math.log(0.1)]
    got = filter_probs(logits, top_k=2, top_p=0.5)
    assert _t_all_close(got, [1.0, 0.0, 0.0, 0.0]), f"expected [1.0, 0.0, 0.0, 0.0], got {got}"
    got = filter_probs(logits, top_k=2, top_p=0.6)
    expected = [4 / 7, 3 / 7, 0.0, 0.0]
    assert _t_all_close(got, expected), f"expected {expected}, got {got}"


def test_ties_go_to_lower_index():
    """并列时下标小的优先：top-k 恰好留 k 个，greedy 取第一个最大值"""
    got = filter_probs([2.0, 1.0, 2.0, 1.0], top_k=1)
    assert got == [1.0, 0.0, 0.0, 0.0], f"expected [1.0, 0.0, 0.0, 0.0], got {got}"
    got = filter_probs([2.0, 1.0, 2.0, 1.0], top_k=3)
    e2, e1 = math.exp(2.0), math.exp(1.0)
    z = 2 * e2 + e1
    expected = [e2 / z, e1 / z, e2 / z, 0.0]
    assert _t_all_close(got, expected), f"expected {expected}, got {got}"
    got = filter_probs([0.5, 3.0, 3.0], temperature=0)
    assert got == [0.0, 1.0, 0.0], f"expected [0.0, 1.0, 0.0], got {got}"


def test_keeps_at_least_one_token():
    """top_p=0 时只留概率最大的 token；top_k 超过词表大小时全部保留"""
    got = filter_probs([0.1, 0.3, 0.2], top_p=0.0)
    assert _t_all_close(got, [0.0, 1.0, 0.0]), f"expected [0.0, 1.0, 0.0], got {got}"
    got = filter_probs([0.1, 0.3, 0.2], top_k=10)
    expected = _t_softmax([0.1, 0.3, 0.2])
    assert _t_all_close(got, expected), f"expected {expected}, got {got}"


def test_masked_and_empty():
    """-inf 位置概率为 0；空列表返回空列表"""
    ninf = float("-inf")
    got = filter_probs([0.0, ninf, 0.0])
    assert _t_all_close(got, [0.5, 0.0, 0.5]), f"expected [0.5, 0.0, 0.5], got {got}"
    got = filter_probs([0.0, ninf, 0.0], top_k=2, top_p=0.4)
    assert _t_all_close(got, [1.0, 0.0, 0.0]), f"expected [1.0, 0.0, 0.0], got {got}"
    assert filter_probs([]) == [], f"expected [], got {filter_probs([])}"
