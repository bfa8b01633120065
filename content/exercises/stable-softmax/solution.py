import math


def softmax(logits: list[float]) -> list[float]:
    """Numerically stable softmax over a list of logits."""
    if not logits:
        return []
    # Subtracting the max leaves the result unchanged (shift invariance) but makes
    # every exponent <= 0, so exp() can no longer overflow.
    m = max(logits)
    exps = [math.exp(z - m) for z in logits]  # -inf - m -> -inf -> exp gives 0.0
    total = sum(exps)  # >= 1.0, because the max term contributes exp(0) = 1
    return [e / total for e in exps]


def log_softmax(logits: list[float]) -> list[float]:
    """Numerically stable log-softmax: z_i - logsumexp(z)."""
    if not logits:
        return []
    m = max(logits)
    # logsumexp(z) = m + log(sum(exp(z - m))); the sum is in [1, n], so log is safe.
    log_norm = math.log(sum(math.exp(z - m) for z in logits))
    # Never go through log(softmax(z)): a probability that underflowed to 0.0
    # would give log(0). Work on the shifted logits directly instead.
    return [(z - m) - log_norm for z in logits]
