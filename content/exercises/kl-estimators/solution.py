import math


def _k3_from_log_ratio(x: float) -> float:
    """r - 1 - log r with r = exp(x), accurate even when x is tiny."""
    if abs(x) < 1e-5:
        # Taylor series: x^2/2 + x^3/6 + x^4/24 (next term is below 1e-17 relative).
        return x * x * (0.5 + x / 6.0 + x * x / 24.0)
    # expm1 avoids the cancellation in exp(x) - 1; what remains is exact enough.
    return math.expm1(x) - x


def kl_estimators(
    logp_q: list[float], logp_p: list[float]
) -> tuple[list[float], list[float], list[float]]:
    """Per-sample k1, k2, k3 estimators of KL(q || p) for samples x ~ q.

    logp_q[i] = log q(x_i) (the sampling policy), logp_p[i] = log p(x_i) (reference).
    With log r = log p - log q:
      k1 = -log r              (unbiased, can be negative, high variance)
      k2 = (log r)^2 / 2       (biased, non-negative)
      k3 = (r - 1) - log r     (unbiased, non-negative)
    """
    if len(logp_q) != len(logp_p):
        raise ValueError("logp_q and logp_p must have the same length")
    k1, k2, k3 = [], [], []
    for lq, lp in zip(logp_q, logp_p):
        x = lp - lq  # log r, computed in log space: never divide probabilities
        k1.append(-x)
        k2.append(0.5 * x * x)
        k3.append(_k3_from_log_ratio(x))
    return k1, k2, k3


def exact_kl(q: list[float], p: list[float]) -> float:
    """Exact KL(q || p) = sum_x q(x) log(q(x) / p(x)) for discrete distributions."""
    if len(q) != len(p):
        raise ValueError("q and p must have the same length")
    total = 0.0
    for qx, px in zip(q, p):
        if qx == 0.0:
            continue  # 0 * log 0 = 0 by convention
        if px == 0.0:
            return math.inf  # q puts mass where p has none
        total += qx * math.log(qx / px)
    return total
