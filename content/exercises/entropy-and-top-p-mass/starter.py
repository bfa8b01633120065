import math


def entropy_from_logits(logits: list[float]) -> float:
    """Entropy in nats of the categorical distribution softmax(logits).

    float('-inf') marks a masked token (probability 0). Raise ValueError on [].
    """
    # First attempt: textbook formula on the probabilities.
    exps = [math.exp(z) for z in logits]
    total = sum(exps)
    probs = [e / total for e in exps]
    return -sum(q * math.log(q) for q in probs)


def top_p_nucleus(logits: list[float], p: float) -> tuple[int, float]:
    """Return (size, mass) of the top-p nucleus of softmax(logits).

    The nucleus is the smallest set of highest-probability tokens whose total
    probability is >= p (compare with a tolerance of 1e-12). Tokens with probability
    0 are never part of it. Raise ValueError unless 0 < p <= 1, or on empty logits.
    """
    raise NotImplementedError
