import math


def puct_select(priors: list[float], visits: list[int], value_sums: list[float],
                parent_visits: int, c_puct: float = 1.0) -> int:
    """AlphaZero-style PUCT selection with Q = 0 for unvisited children."""
    if not priors:
        raise ValueError("no children to select from")

    # sqrt of the PARENT count on top, 1 + CHILD count below.
    scale = c_puct * math.sqrt(parent_visits)
    best_index, best_score = -1, -math.inf
    for a, (prior, n, w) in enumerate(zip(priors, visits, value_sums)):
        q = w / n if n > 0 else 0.0          # mean value; first-play value 0
        score = q + scale * prior / (1 + n)
        if score > best_score:               # strict '>' keeps the lowest index on ties
            best_index, best_score = a, score
    return best_index
