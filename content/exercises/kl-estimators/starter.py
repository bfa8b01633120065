import math


def kl_estimators(
    logp_q: list[float], logp_p: list[float]
) -> tuple[list[float], list[float], list[float]]:
    """Return (k1, k2, k3): per-sample estimators of KL(q || p) for samples x ~ q.

    logp_q[i] = log q(x_i), logp_p[i] = log p(x_i); r = p(x_i) / q(x_i).
    k1 = -log r,  k2 = (log r)^2 / 2,  k3 = (r - 1) - log r.
    Raise ValueError on lists of different lengths.
    """
    # First attempt: straight from the formulas.
    k1, k2, k3 = [], [], []
    for lq, lp in zip(logp_q, logp_p):
        log_r = lp - lq
        r = math.exp(log_r)
        k1.append(-log_r)
        k2.append(0.5 * log_r ** 2)
        k3.append(r - 1 - log_r)
    return k1, k2, k3


def exact_kl(q: list[float], p: list[float]) -> float:
    """Exact KL(q || p) of two discrete distributions given as probability lists."""
    return sum(qx * math.log(qx / px) for qx, px in zip(q, p))
