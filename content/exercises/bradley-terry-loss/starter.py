import math


def bt_loss(r_chosen: list[float], r_rejected: list[float]) -> float:
    """Mean Bradley-Terry loss -log(sigmoid(r_c - r_r)) over all preference pairs.

    Raises ValueError when the lists are empty or of different lengths.
    """
    total = 0.0
    for rc, rr in zip(r_chosen, r_rejected):
        p = 1.0 / (1.0 + math.exp(-(rc - rr)))  # naive: overflows for large negative margins
        total += -math.log(p)
    return total / len(r_chosen)


def pairwise_accuracy(r_chosen: list[float], r_rejected: list[float]) -> float:
    """Fraction of pairs ranked correctly; an exact tie counts as 0.5.

    Raises ValueError when the lists are empty or of different lengths.
    """
    hits = sum(1 for rc, rr in zip(r_chosen, r_rejected) if rc > rr)
    return hits / len(r_chosen)
