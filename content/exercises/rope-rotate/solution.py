import math


def rope_rotate(x, m, base=10000.0):
    """Rotary position embedding of one vector x at position m.

    Dimensions are paired as (2i, 2i+1); pair i is rotated by the angle
    m * theta_i with theta_i = base ** (-2i / d).
    """
    d = len(x)
    if d % 2 != 0:
        raise ValueError(f"dimension must be even, got {d}")
    out = [0.0] * d
    for i in range(d // 2):
        theta = base ** (-2.0 * i / d)   # frequency of pair i: 1 at i = 0, about 1/base at the end
        angle = m * theta
        c, s = math.cos(angle), math.sin(angle)
        a, b = x[2 * i], x[2 * i + 1]
        # 2-D rotation [[c, -s], [s, c]] applied to (a, b)
        out[2 * i] = a * c - b * s
        out[2 * i + 1] = a * s + b * c
    return out


def rope_score(q, k, m, n, base=10000.0):
    """Attention logit (without 1/sqrt(d)) between q at position m and k at position n."""
    qr = rope_rotate(q, m, base)
    kr = rope_rotate(k, n, base)
    return sum(a * b for a, b in zip(qr, kr))
