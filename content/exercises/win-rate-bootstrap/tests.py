import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def test_win_rate_ties_half():
    """示例：胜率中平局算半场"""
    got = win_rate(["win", "win", "tie", "loss"])
    assert _close(got, 0.625), f"expected 0.625, got {got}"
    got = win_rate(["tie", "tie", "tie"])
    assert _close(got, 0.5), f"expected 0.5, got {got}"


def test_deterministic_with_seed():
    """同一 seed 两次调用结果完全相同"""
    data = ["win"] * 30 + ["tie"] * 10 + ["loss"] * 20
    a = bootstrap_ci(data, n_boot=500, seed=7)
    b = bootstrap_ci(data, n_boot=500, seed=7)
    assert a == b, f"expected identical intervals, got {a} and {b}"


def test_bounds_contain_point_estimate():
    """区间包含点估计且落在 [0, 1] 内"""
    data = ["win"] * 120 + ["loss"] * 80
    lo, hi = bootstrap_ci(data, seed=0)
    p = win_rate(data)
    assert 0.0 <= lo <= p <= hi <= 1.0, f"expected 0 <= lo <= {p} <= hi <= 1, got ({lo}, {hi})"
    lo2, hi2 = bootstrap_ci(["win", "loss", "tie", "win", "win"], seed=3)
    assert 0.0 <= lo2 <= hi2 <= 1.0, f"expected bounds inside [0, 1], got ({lo2}, {hi2})"


def test_degenerate_samples():
    """全胜或全平时区间退化为一个点"""
    got = bootstrap_ci(["win"] * 10)
    assert got == (1.0, 1.0), f"expected (1.0, 1.0), got {got}"
    got = bootstrap_ci(["tie"] * 8, n_boot=50)
    assert got == (0.5, 0.5), f"expected (0.5, 0.5), got {got}"


def test_width_matches_normal_and_shrinks():
    """区间宽度接近正态近似，样本量 4 倍时约减半"""
    small = ["win"] * 120 + ["loss"] * 80                # n = 200, p = 0.6
    big = small * 4                                      # n = 800, same p
    lo_s, hi_s = bootstrap_ci(small, n_boot=1000, seed=1)
    lo_b, hi_b = bootstrap_ci(big, n_boot=1000, seed=1)
    normal = 2 * 1.96 * math.sqrt(0.6 * 0.4 / 200)      # ~0.136
    w_s, w_b = hi_s - lo_s, hi_b - lo_b
    assert 0.8 * normal < w_s < 1.2 * normal, f"expected width near {normal:.4f}, got {w_s:.4f}"
    ratio = w_b / w_s
    assert 0.35 < ratio < 0.65, f"expected width ratio near 0.5, got {ratio:.3f}"


def test_invalid_input_raises():
    """空输入、未知标签、n_boot < 1 或 alpha 越界时抛出 ValueError"""
    calls = [
        (win_rate, ([],), {}),
        (win_rate, (["win", "draw"],), {}),
        (bootstrap_ci, ([],), {}),
        (bootstrap_ci, (["win", "lose"],), {}),
        (bootstrap_ci, (["win"],), {"n_boot": 0}),
        (bootstrap_ci, (["win"],), {"alpha": 0.0}),
        (bootstrap_ci, (["win"],), {"alpha": 1.5}),
    ]
    for fn, args, kwargs in calls:
        try:
            fn(*args, **kwargs)
        except ValueError:
            continue
        assert False, f"expected ValueError from {fn.__name__}{args} {kwargs}"
