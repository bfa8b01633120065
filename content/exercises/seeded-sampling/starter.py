import math


def sample_index(probs: list[float], u: float, temperature: float = 1.0) -> int:
    """Pick an index by inverse-CDF sampling with the given uniform draw u in [0, 1).

    probs: non-negative weights (not necessarily summing to 1), at least one positive.
    temperature == 0 -> greedy (first argmax); otherwise weights become p ** (1 / T),
    computed without underflow. Zero-probability entries are never returned.
    """
    raise NotImplementedError
