import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def test_readme_example():
    """示例：相关系数与去趋势后的分数"""
    lengths, rewards = [100, 200, 300, 400], [1.0, 2.0, 2.0, 3.0]
    got = pearson(lengths, rewards)
    expected = 3.0 / math.sqrt(10.0)
    assert _close(got, expected), f"expected {expected}, got {got}"
    got = length_normalized_rewards(lengths, rewards)
    for g, e in zip(got, [1.9, 2.3, 1.7, 2.1]):
        assert _close(g, e), f"expected [1.9, 2.3, 1.7, 2.1], got {got}"


def test_perfect_linear():
    """完全线性时相关系数为 +1 或 -1"""
    xs = [3, 7, 11, 20]
    got = pearson(xs, [2 * x + 1 for x in xs])
    assert _close(got, 1.0), f"expected 1.0, got {got}"
    got = pearson(xs, [-0.5 * x for x in xs])
    assert _close(got, -1.0), f"expected -1.0, got {got}"


def test_zero_variance_convention():
    """任一变量方差为 0 或样本少于 2 个时返回 0.0；长度无方差时分数原样返回"""
    assert pearson([1, 2, 3], [5.0, 5.0, 5.0]) == 0.0, "constant rewards should give 0.0"
    assert pearson([4, 4, 4], [1.0, 2.0, 3.0]) == 0.0, "constant lengths should give 0.0"
    assert pearson([7], [1.0]) == 0.0, "a single sample should give 0.0"
    assert pearson([], []) == 0.0, "empty input should give 0.0"
    got = length_normalized_rewards([50, 50, 50], [0.1, -0.4, 0.9])
    assert got == [0.1, -0.4, 0.9], f"expected rewards unchanged, got {got}"


def test_detrended_uncorrelated_mean_kept():
    """去趋势后与长度不相关，且平均分不变"""
    lengths = [120, 340, 90, 560, 410, 230, 700]
    rewards = [0.2, 1.1, -0.3, 1.9, 0.8, 0.9, 2.4]
    assert pearson(lengths, rewards) > 0.9, "fixture should be strongly length-biased"
    adj = length_normalized_rewards(lengths, rewards)
    rho = pearson(lengths, adj)
    assert abs(rho) < 1e-9, f"expected ~0 correlation after detrending, got {rho}"
    m0, m1 = sum(rewards) / len(rewards), sum(adj) / len(adj)
    assert _close(m0, m1), f"expected mean {m0}, got {m1}"


def test_large_offset_no_cancellation():
    """长度都在 1e9 附近时结果仍正确（避免灾难性抵消）"""
    base = [0, 1, 2, 3, 4]
    rewards = [1.0, 2.0, 2.5, 4.0, 5.5]
    expected = pearson(base, rewards)
    got = pearson([1e9 + b for b in base], rewards)
    assert _close(got, expected), f"expected {expected}, got {got}"
    adj_small = length_normalized_rewards(base, rewards)
    adj_big = length_normalized_rewards([1e9 + b for b in base], rewards)
    for a, b in zip(adj_big, adj_small):
        assert _close(a, b), f"expected {adj_small}, got {adj_big}"


def test_mismatched_lengths_raise():
    """两个列表长度不一致时抛出 ValueError"""
    for fn in (pearson, length_normalized_rewards):
        try:
            fn([1, 2, 3], [1.0, 2.0])
        except ValueError:
            continue
        assert False, f"expected ValueError from {fn.__name__}"
