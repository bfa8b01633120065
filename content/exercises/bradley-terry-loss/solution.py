import math


def _check_pairs(r_chosen, r_rejected):
    if len(r_chosen) != len(r_rejected):
        raise ValueError("r_chosen and r_rejected must have the same length")
    if not r_chosen:
        raise ValueError("need at least one preference pair")


def _softplus(x: float) -> float:
    # log(1 + e^x) without overflow: pull out max(x, 0) so the exponent is <= 0.
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def bt_loss(r_chosen: list[float], r_rejected: list[float]) -> float:
    """Mean Bradley-Terry loss -log(sigmoid(r_c - r_r)) over all preference pairs.

    Raises ValueError when the lists are empty or of different lengths.
    """
    _check_pairs(r_chosen, r_rejected)
    # -log sigmoid(d) = log(1 + e^{-d}) = softplus(-d)
    total = sum(_softplus(-(rc - rr)) for rc, rr in zip(r_chosen, r_rejected))
    return total / len(r_chosen)


def pairwise_accuracy(r_chosen: list[float], r_rejected: list[float]) -> float:
    """Fraction of pairs ranked correctly; an exact tie counts as 0.5.

    Raises ValueError when the lists are empty or of different lengths.
    """
    _check_pairs(r_chosen, r_rejected)
    score = 0.0
    for rc, rr in zip(r_chosen, r_rejected):
        if rc > rr:
            score += 1.0
        elif rc == rr:
            score += 0.5  # the RM expressed no preference: as good as a coin flip
    return score / len(r_chosen)
