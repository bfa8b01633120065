def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k estimate for one problem: 1 - C(n-c, k) / C(n, k)."""
    if not (0 <= c <= n) or not (1 <= k <= n):
        raise ValueError(f"need 0 <= c <= n and 1 <= k <= n, got n={n}, c={c}, k={k}")
    if n - c < k:
        # Any k samples drawn without replacement must include a correct one.
        return 1.0
    # C(n-c, k) / C(n, k) = prod_{i=n-c+1}^{n} (1 - k / i).
    # Every factor lies in [0, 1), so the running product never overflows;
    # the loop has c factors (zero factors when c == 0, giving exactly 0.0).
    prob_all_fail = 1.0
    for i in range(n - c + 1, n + 1):
        prob_all_fail *= 1.0 - k / i
    return 1.0 - prob_all_fail


def mean_pass_at_k(results: list[tuple[int, int]], k: int) -> float:
    """Dataset pass@k: estimate per problem, then average over problems."""
    if not results:
        raise ValueError("results must not be empty")
    return sum(pass_at_k(n, c, k) for n, c in results) / len(results)
