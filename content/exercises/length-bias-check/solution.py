import math


def _centred_sums(xs, ys):
    """Return (sxx, syy, sxy) computed on mean-centred values (two-pass, no cancellation)."""
    n = len(xs)
    mx = sum(xs) / n
    my = sum(ys) / n
    dx = [x - mx for x in xs]
    dy = [y - my for y in ys]
    sxx = sum(a * a for a in dx)
    syy = sum(b * b for b in dy)
    sxy = sum(a * b for a, b in zip(dx, dy))
    return sxx, syy, sxy


def pearson(xs, ys):
    """Pearson correlation; returns 0.0 when either variable has zero variance.

    Raises ValueError when the lists have different lengths.
    """
    if len(xs) != len(ys):
        raise ValueError("xs and ys must have the same length")
    if len(xs) < 2:
        return 0.0
    sxx, syy, sxy = _centred_sums(xs, ys)
    if sxx == 0.0 or syy == 0.0:
        return 0.0
    rho = sxy / math.sqrt(sxx * syy)
    return max(-1.0, min(1.0, rho))  # guard against 1.0000000000000002


def length_normalized_rewards(lengths, rewards):
    """Remove the least-squares linear length trend: r_i - b * (L_i - mean(L)).

    Returns a copy of rewards when the lengths have zero variance.
    Raises ValueError when the lists have different lengths.
    """
    if len(lengths) != len(rewards):
        raise ValueError("lengths and rewards must have the same length")
    if len(lengths) < 2:
        return list(rewards)
    sxx, _, sxy = _centred_sums(lengths, rewards)
    if sxx == 0.0:
        return list(rewards)  # no spread in length: nothing to regress on
    slope = sxy / sxx
    mean_len = sum(lengths) / len(lengths)
    # Residual of the linear fit plus the mean reward, so the average is unchanged.
    return [r - slope * (L - mean_len) for L, r in zip(lengths, rewards)]
