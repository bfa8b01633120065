import math


def _close(a, b, rel=1e-6):
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-12)


def _expectations(q, p):
    # Exact expectation of each estimator under x ~ q: sum_x q(x) * k(x).
    k1, k2, k3 = kl_estimators([math.log(v) for v in q], [math.log(v) for v in p])
    return [sum(w * v for w, v in zip(q, k)) for k in (k1, k2, k3)], (k1, k2, k3)


def test_readme_example():
    """示例：q(x)=0.5、p(x)=0.25 时 k1≈0.6931、k2≈0.2402、k3≈0.1931"""
    k1, k2, k3 = kl_estimators([math.log(0.5)], [math.log(0.25)])
    x = math.log(0.5)
    assert _close(k1[0], -x), f"expected k1 {-x}, got {k1[0]}"
    assert _close(k2[0], 0.5 * x * x), f"expected k2 {0.5 * x * x}, got {k2[0]}"
    assert _close(k3[0], 0.5 - 1 - x), f"expected k3 {0.5 - 1 - x}, got {k3[0]}"


def test_exact_kl_value():
    """精确 KL(q||p)：q=[0.5,0.3,0.2]、p=[0.2,0.3,0.5] 时为 0.3·ln 2.5"""
    got = exact_kl([0.5, 0.3, 0.2], [0.2, 0.3, 0.5])
    assert _close(got, 0.3 * math.log(2.5)), f"expected {0.3 * math.log(2.5)}, got {got}"
    got = exact_kl([0.2, 0.8], [0.2, 0.8])
    assert got == 0.0, f"expected 0.0 for identical distributions, got {got}"


def test_exact_kl_zero_mass():
    """q 为 0 的项贡献 0；q>0 而 p=0 时 KL 为 inf"""
    got = exact_kl([0.5, 0.5, 0.0], [0.25, 0.25, 0.5])
    assert _close(got, math.log(2.0)), f"expected {math.log(2.0)}, got {got}"
    got = exact_kl([0.5, 0.5], [1.0, 0.0])
    assert got == math.inf, f"expected inf, got {got}"


def test_k1_k3_unbiased_k2_biased():
    """在小离散分布上按 q 精确求期望：k1、k3 等于真实 KL，k2 不等于"""
    q, p = [0.5, 0.3, 0.2], [0.2, 0.3, 0.5]
    true_kl = exact_kl(q, p)
    (e1, e2, e3), _ = _expectations(q, p)
    assert _close(e1, true_kl), f"E[k1]: expected {true_kl}, got {e1}"
    assert _close(e3, true_kl), f"E[k3]: expected {true_kl}, got {e3}"
    assert abs(e2 - true_kl) > 0.01, f"E[k2] should be biased away from {true_kl}, got {e2}"


def test_k3_nonnegative_k1_not():
    """k3 逐样本恒非负（含 1e-8 量级的极小 log 比值）；k1 单样本可以为负"""
    deltas = [-30.0, -2.0, -0.1, -1e-4, -3e-9, -1e-12, 0.0, 1e-12, 1e-8, 1e-4, 0.1, 2.0, 30.0]
    k1, _, k3 = kl_estimators([0.0] * len(deltas), deltas)
    bad = [(d, v) for d, v in zip(deltas, k3) if v < 0.0]
    assert not bad, f"expected k3 >= 0 everywhere, got negative values at {bad}"
    assert min(k1) < 0.0, f"expected some negative k1 values, got {k1}"


def test_k3_precise_for_tiny_log_ratio():
    """log 比值为 ±1e-6、1e-8 时 k3 ≈ x²/2，相对误差小于 1e-6（需避免 exp(x)-1 的抵消）"""
    for x in (1e-6, -1e-6, 1e-8):
        _, _, k3 = kl_estimators([0.0], [x])
        expected = x * x / 2 + x**3 / 6
        ok = math.isclose(k3[0], expected, rel_tol=1e-6, abs_tol=0.0)
        assert ok, f"x={x}: expected {expected}, got {k3[0]}"


def test_k3_lower_variance_when_close():
    """p 与 q 接近时 k3 的方差远小于 k1"""
    q, p = [0.5, 0.3, 0.2], [0.45, 0.33, 0.22]
    (e1, _, e3), (k1, _, k3) = _expectations(q, p)
    var1 = sum(w * (v - e1) ** 2 for w, v in zip(q, k1))
    var3 = sum(w * (v - e3) ** 2 for w, v in zip(q, k3))
    assert var3 < var1 / 1000, f"expected Var[k3] << Var[k1], got {var3} vs {var1}"


def test_length_mismatch():
    """两个 logprob 列表长度不一致时抛出 ValueError"""
    try:
        kl_estimators([-1.0, -2.0], [-1.0])
    except ValueError:
        return
    raise AssertionError("expected ValueError for mismatched lengths")
