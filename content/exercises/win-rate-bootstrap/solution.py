import random

_SCORE = {"win": 1.0, "tie": 0.5, "loss": 0.0}


def _scores(outcomes):
    if not outcomes:
        raise ValueError("need at least one outcome")
    try:
        return [_SCORE[o] for o in outcomes]
    except KeyError as e:
        raise ValueError(f"unknown outcome label: {e.args[0]!r}") from None


def win_rate(outcomes):
    """Mean score with win = 1, tie = 0.5, loss = 0. ValueError on empty / unknown labels."""
    scores = _scores(outcomes)
    return sum(scores) / len(scores)


def bootstrap_ci(outcomes, n_boot=1000, alpha=0.05, seed=0):
    """Percentile bootstrap CI (lo, hi) for the win rate using random.Random(seed).

    ValueError on empty / unknown labels, n_boot < 1, or alpha outside (0, 1).
    """
    scores = _scores(outcomes)
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    if not 0.0 < alpha < 1.0:
        raise ValueError("alpha must be in (0, 1)")

    rng = random.Random(seed)  # the only source of randomness: reproducible
    n = len(scores)
    stats = []
    for _ in range(n_boot):
        sample = rng.choices(scores, k=n)  # n draws with replacement
        stats.append(sum(sample) / n)
    stats.sort()

    # Symmetric order statistics: k from the bottom and k from the top.
    k = int(alpha / 2 * n_boot)
    return stats[k], stats[n_boot - 1 - k]
