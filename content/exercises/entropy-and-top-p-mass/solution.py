import math

_TOL = 1e-12  # float tolerance when comparing the cumulative mass with p


def _log_softmax(logits: list[float]) -> list[float]:
    m = max(logits)
    log_norm = math.log(sum(math.exp(z - m) for z in logits))
    return [(z - m) - log_norm for z in logits]


def entropy_from_logits(logits: list[float]) -> float:
    """Entropy (nats) of softmax(logits); -inf logits are masked tokens."""
    if not logits:
        raise ValueError("logits must not be empty")
    logp = _log_softmax(logits)
    h = 0.0
    for lp in logp:
        if lp == -math.inf:
            continue  # p = 0 contributes 0 * log 0 = 0; computing it would give nan
        h -= math.exp(lp) * lp
    return max(h, 0.0)  # guard against a -0.0 / tiny negative from rounding


def top_p_nucleus(logits: list[float], p: float) -> tuple[int, float]:
    """Size and probability mass of the top-p (nucleus) set.

    The nucleus is the smallest set of most likely tokens whose total probability
    reaches p (with tolerance 1e-12). Zero-probability tokens are never included.
    """
    if not logits:
        raise ValueError("logits must not be empty")
    if not (0.0 < p <= 1.0):
        raise ValueError("p must be in (0, 1]")
    probs = sorted((math.exp(lp) for lp in _log_softmax(logits)), reverse=True)
    cum = 0.0
    size = 0
    for prob in probs:
        if prob == 0.0:
            break  # only masked / underflowed tokens remain; they add no mass
        cum += prob
        size += 1
        if cum >= p - _TOL:
            break
    # If rounding kept cum just below p, we have already taken every token with mass.
    return size, cum
