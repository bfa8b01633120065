import math


def rope_rotate(x, m, base=10000.0):
    """Rotary position embedding of one vector x at position m.

    Pair dimensions (2i, 2i+1) and rotate pair i by m * theta_i,
    theta_i = base ** (-2i / d). Raise ValueError if len(x) is odd.
    """
    raise NotImplementedError


def rope_score(q, k, m, n, base=10000.0):
    """Dot product of rope_rotate(q, m) and rope_rotate(k, n)."""
    raise NotImplementedError
