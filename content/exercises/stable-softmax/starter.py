import math


def softmax(logits: list[float]) -> list[float]:
    """Return the softmax of `logits` (a list of the same length, summing to 1).

    Must not overflow for logits such as 1000.0; float('-inf') means a masked entry.
    """
    # Naive version: exponentiate directly. Works for small logits only.
    exps = [math.exp(z) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]


def log_softmax(logits: list[float]) -> list[float]:
    """Return log(softmax(logits)) computed without underflow (e.g. -2000.0, not -inf)."""
    # Naive version: take the log of the probabilities.
    return [math.log(p) for p in softmax(logits)]
