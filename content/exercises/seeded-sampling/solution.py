import math


def sample_index(probs: list[float], u: float, temperature: float = 1.0) -> int:
    """Inverse-CDF sampling of an index; greedy when temperature == 0."""
    if temperature <= 0:
        # Greedy: first index holding the maximum (ties -> lower index).
        best = 0
        for i, p in enumerate(probs):
            if p > probs[best]:
                best = i
        return best

    if temperature == 1.0:
        weights = [float(p) for p in probs]
    else:
        # p ** (1/T) in log space: exp((log p - max log p) / T). The largest weight is
        # exactly 1, so the total can never underflow to 0 even for T = 1e-4.
        top = max(math.log(p) for p in probs if p > 0)
        weights = [math.exp((math.log(p) - top) / temperature) if p > 0 else 0.0
                   for p in probs]

    total = sum(weights)
    threshold = u * total           # compare against u * S instead of normalising
    cumulative = 0.0
    last_positive = -1
    for i, w in enumerate(weights):
        if w <= 0:
            continue                # zero-width interval: never selected
        last_positive = i
        cumulative += w
        if cumulative > threshold:  # strict: u == 0 skips leading zeros
            return i
    # u within rounding error of 1: fall back to the last index with positive weight.
    return last_positive
