def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased estimate of pass@k from n samples, c of which are correct.

    Raise ValueError unless 0 <= c <= n and 1 <= k <= n.
    """
    # First attempt: plug the empirical pass rate into 1 - (1 - p)^k.
    p = c / n
    return 1.0 - (1.0 - p) ** k


def mean_pass_at_k(results: list[tuple[int, int]], k: int) -> float:
    """Average pass@k over problems; results is a list of (n, c) pairs."""
    raise NotImplementedError
