import random


def win_rate(outcomes):
    """Mean score with win = 1, tie = 0.5, loss = 0. ValueError on empty / unknown labels."""
    wins = sum(1 for o in outcomes if o == "win")  # ties silently counted as losses
    return wins / len(outcomes)


def bootstrap_ci(outcomes, n_boot=1000, alpha=0.05, seed=0):
    """Percentile bootstrap CI (lo, hi) for the win rate using random.Random(seed).

    ValueError on empty / unknown labels, n_boot < 1, or alpha outside (0, 1).
    """
    raise NotImplementedError
