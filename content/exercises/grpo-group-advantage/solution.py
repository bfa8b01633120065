import math


def group_advantages(groups: list[list[float]], eps: float = 1e-6) -> list[list[float]]:
    """GRPO outcome advantages, normalised within each group.

    A_i = (r_i - mean) / (std + eps), std = population std (divide by G).
    """
    out = []
    for rewards in groups:
        g = len(rewards)
        if g == 0:
            out.append([])
            continue
        mean = sum(rewards) / g
        # Two-pass variance: subtract the mean first, then square. This stays accurate
        # even when rewards share a huge offset (E[x^2] - E[x]^2 would cancel badly).
        devs = [r - mean for r in rewards]
        var = sum(d * d for d in devs) / g  # population convention: divide by G, not G-1
        std = math.sqrt(var)
        if std == 0.0:
            # All rewards equal: no learning signal. Return exact zeros; this is what
            # (0)/(0 + eps) gives anyway, and it never produces NaN.
            out.append([0.0] * g)
            continue
        out.append([d / (std + eps) for d in devs])
    return out
