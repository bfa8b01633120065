import math


def test_readme_examples():
    """示例：u 落入哪个区间就返回哪个下标"""
    probs = [0.2, 0.5, 0.3]
    for u, expected in [(0.1, 0), (0.69, 1), (0.71, 2), (0.999, 2)]:
        got = sample_index(probs, u)
        assert got == expected, f"u={u}: expected {expected}, got {got}"
    got = sample_index([2, 6, 2], 0.5)
    assert got == 1, f"expected 1, got {got}"
    got = sample_index([2, 6, 2], 0.85)
    assert got == 2, f"expected 2, got {got}"


def test_zero_probability_never_chosen():
    """概率为 0 的 token 永远不会被选中，包括 u=0 和 u 接近 1"""
    probs = [0.0, 0.5, 0.0, 0.5, 0.0]
    for u, expected in [(0.0, 1), (0.3, 1), (0.6, 3), (0.9999999999, 3)]:
        got = sample_index(probs, u)
        assert got == expected, f"u={u}: expected {expected}, got {got}"


def test_empirical_frequencies():
    """1000 个等间距的 u 得到的频数与概率成正比"""
    probs = [0.1, 0.2, 0.3, 0.4]
    counts = [0, 0, 0, 0]
    for k in range(1000):
        counts[sample_index(probs, (k + 0.5) / 1000)] += 1
    assert counts == [100, 200, 300, 400], f"expected [100, 200, 300, 400], got {counts}"


def test_greedy_temperature_zero():
    """temperature=0 为 greedy：忽略 u，并列时取下标小的"""
    for u in (0.0, 0.5, 0.99):
        got = sample_index([0.4, 0.4, 0.2], u, temperature=0)
        assert got == 0, f"u={u}: expected 0, got {got}"
    got = sample_index([0.1, 0.2, 0.7], 0.0, temperature=0)
    assert got == 2, f"expected 2, got {got}"


def test_temperature_reshapes_distribution():
    """T=0.5 让分布更尖，T=2 让分布更平（p^(1/T) 再归一化）"""
    # T = 0.5: weights 0.04 and 0.64, so index 0 covers [0, 0.0588)
    got = sample_index([0.2, 0.8], 0.05, temperature=0.5)
    assert got == 0, f"expected 0, got {got}"
    got = sample_index([0.2, 0.8], 0.07, temperature=0.5)
    assert got == 1, f"expected 1, got {got}"
    got = sample_index([0.2, 0.8], 0.07)
    assert got == 0, f"T=1: expected 0, got {got}"
    # T = 2: weights sqrt(0.2) and sqrt(0.8), so index 0 covers [0, 1/3)
    got = sample_index([0.2, 0.8], 0.3, temperature=2.0)
    assert got == 0, f"expected 0, got {got}"
    got = sample_index([0.2, 0.8], 0.36, temperature=2.0)
    assert got == 1, f"expected 1, got {got}"


def test_tiny_temperature_no_underflow():
    """T=1e-4 时 p^(1/T) 会下溢，需在对数域计算；结果趋近 greedy"""
    for u in (0.0, 0.5, 0.99):
        got = sample_index([0.4, 0.6], u, temperature=1e-4)
        assert got == 1, f"u={u}: expected 1, got {got}"
    got = sample_index([0.3, 0.0, 0.3], 0.75, temperature=1e-4)
    assert got == 2, f"expected 2 (two equal maxima split the interval), got {got}"
