import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _all_close(got, expected):
    return len(got) == len(expected) and all(_close(g, e) for g, e in zip(got, expected))


def test_readme_example():
    """示例：softmax([1, 2, 3]) 的数值"""
    got = softmax([1.0, 2.0, 3.0])
    expected = [0.09003057317038046, 0.24472847105479767, 0.6652409557748219]
    assert _all_close(got, expected), f"expected {expected}, got {got}"


def test_large_logits_no_overflow():
    """logits 为 ±1000 时不溢出：[1000, 1000] 得 [0.5, 0.5]，[1000, -1000] 得 [1, 0]"""
    got = softmax([1000.0, 1000.0])
    assert _all_close(got, [0.5, 0.5]), f"expected [0.5, 0.5], got {got}"
    got = softmax([1000.0, -1000.0])
    assert _all_close(got, [1.0, 0.0]), f"expected [1.0, 0.0], got {got}"


def test_shift_invariance():
    """所有 logit 加同一个常数（包括 1000）结果不变，且和为 1"""
    base = [0.5, -1.25, 3.0, 2.0]
    ref = softmax(base)
    shifted = softmax([z + 1000.0 for z in base])
    assert _all_close(shifted, ref), f"expected {ref}, got {shifted}"
    assert _close(sum(ref), 1.0), f"expected sum 1.0, got {sum(ref)}"


def test_log_softmax_no_underflow():
    """log_softmax([1000, -1000]) 应为 [0, -2000]，不能是 -inf"""
    got = log_softmax([1000.0, -1000.0])
    assert _all_close(got, [0.0, -2000.0]), f"expected [0.0, -2000.0], got {got}"
    got = log_softmax([0.0, -800.0, -800.0])
    assert all(math.isfinite(x) for x in got), f"expected finite values, got {got}"
    assert _close(got[1], -800.0), f"expected about -800.0, got {got[1]}"


def test_log_softmax_matches_log_of_softmax():
    """普通数值下 log_softmax 与 log(softmax) 一致"""
    z = [0.1, -0.7, 2.3, 1.1, 0.0]
    expected = [math.log(p) for p in softmax(z)]
    got = log_softmax(z)
    assert _all_close(got, expected), f"expected {expected}, got {got}"


def test_masked_entries():
    """-inf 表示被 mask 的位置：概率为 0，log 概率为 -inf，其余正常归一化"""
    ninf = float("-inf")
    got = softmax([0.0, ninf, 0.0])
    assert _all_close(got, [0.5, 0.0, 0.5]), f"expected [0.5, 0.0, 0.5], got {got}"
    got = log_softmax([0.0, ninf, 0.0])
    assert got[1] == ninf, f"expected -inf at the masked position, got {got[1]}"
    assert _close(got[0], -math.log(2.0)), f"expected {-math.log(2.0)}, got {got[0]}"


def test_empty_and_single():
    """空列表返回空列表；单个元素的概率为 1、log 概率为 0"""
    assert softmax([]) == [], f"expected [], got {softmax([])}"
    assert log_softmax([]) == [], f"expected [], got {log_softmax([])}"
    got = softmax([-42.0])
    assert _all_close(got, [1.0]), f"expected [1.0], got {got}"
    got = log_softmax([1e6])
    assert _all_close(got, [0.0]), f"expected [0.0], got {got}"
