import math


def pearson(xs, ys):
    """Pearson correlation; returns 0.0 when either variable has zero variance.

    Raises ValueError when the lists have different lengths.
    """
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    # one-pass textbook formulas: E[x^2] - E[x]^2
    vx = sum(x * x for x in xs) / n - mx * mx
    vy = sum(y * y for y in ys) / n - my * my
    cov = sum(x * y for x, y in zip(xs, ys)) / n - mx * my
    if vx <= 0 or vy <= 0:
        return 0.0
    return cov / math.sqrt(vx * vy)


def length_normalized_rewards(lengths, rewards):
    """Remove the least-squares linear length trend: r_i - b * (L_i - mean(L)).

    Returns a copy of rewards when the lengths have zero variance.
    Raises ValueError when the lists have different lengths.
    """
    raise NotImplementedError
