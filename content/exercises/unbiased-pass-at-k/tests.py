import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _exact(n, c, k):
    # Reference value from exact integer binomials (Python ints never overflow).
    if n - c < k:
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def test_readme_example():
    """示例：n=10、c=3、k=2 时 pass@2 = 1 - 21/45 ≈ 0.5333"""
    got = pass_at_k(10, 3, 2)
    assert _close(got, 1 - 21 / 45), f"expected {1 - 21 / 45}, got {got}"


def test_k_equals_one_is_pass_rate():
    """k=1 时估计值等于通过率 c/n"""
    for n, c in [(5, 2), (200, 57), (1, 1)]:
        got = pass_at_k(n, c, 1)
        assert _close(got, c / n), f"n={n}, c={c}: expected {c / n}, got {got}"


def test_edge_cases():
    """c=0 时为 0；n-c<k（任取 k 个必含正确样本）时为 1"""
    assert pass_at_k(20, 0, 5) == 0.0, f"expected 0.0, got {pass_at_k(20, 0, 5)}"
    assert pass_at_k(10, 8, 3) == 1.0, f"expected 1.0, got {pass_at_k(10, 8, 3)}"
    assert pass_at_k(4, 4, 4) == 1.0, f"expected 1.0, got {pass_at_k(4, 4, 4)}"
    assert _close(pass_at_k(5, 1, 5), 1.0), f"expected 1.0, got {pass_at_k(5, 1, 5)}"


def test_naive_estimate_is_lower():
    """朴素的 1-(1-c/n)^k 偏低：无偏估计应严格大于它"""
    got = pass_at_k(10, 3, 2)
    naive = 1 - (1 - 3 / 10) ** 2
    assert got > naive + 0.02, f"expected clearly above the naive {naive}, got {got}"


def test_matches_exact_binomials_large_n():
    """n=100000 等大样本数下与精确组合数结果一致"""
    for n, c, k in [(200, 13, 100), (100000, 50, 1000), (100000, 99000, 500), (3000, 1, 2999)]:
        got = pass_at_k(n, c, k)
        expected = _exact(n, c, k)
        assert _close(got, expected), f"n={n}, c={c}, k={k}: expected {expected}, got {got}"


def test_invalid_arguments():
    """k>n、k<1、c>n 或 c<0 时抛出 ValueError"""
    for args in [(5, 2, 6), (5, 2, 0), (5, 6, 1), (5, -1, 1)]:
        try:
            pass_at_k(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for pass_at_k{args}")


def test_dataset_mean_per_problem():
    """数据集的 pass@k 是逐题估计再平均，不是先平均通过率再代入"""
    results = [(10, 0), (10, 10), (10, 3)]
    got = mean_pass_at_k(results, 2)
    expected = (0.0 + 1.0 + (1 - 21 / 45)) / 3
    assert _close(got, expected), f"expected {expected}, got {got}"
