import math


def filter_probs(logits: list[float], temperature: float = 1.0,
                 top_k: int | None = None, top_p: float = 1.0) -> list[float]:
    """Temperature -> top-k -> top-p (nucleus) filtering, returning renormalised probs."""
    n = len(logits)
    if n == 0:
        return []

    # One ordering serves every step: dividing by a positive temperature keeps the order,
    # and sorting by (-logit, index) makes "ties go to the lower index" automatic.
    order = sorted(range(n), key=lambda i: (-logits[i], i))

    if temperature <= 0:
        # Greedy decoding: all mass on the first argmax.
        out = [0.0] * n
        out[order[0]] = 1.0
        return out

    # Stable softmax of z / T: subtract the max so exp never overflows; -inf maps to 0.
    m = logits[order[0]] / temperature
    weights = [math.exp(z / temperature - m) for z in logits]

    # top-k: keep exactly the first k indices of the ordering.
    kept = order if top_k is None or top_k <= 0 else order[:top_k]

    # Renormalise over the top-k set; top-p must look at these probabilities.
    total = sum(weights[i] for i in kept)
    probs = {i: weights[i] / total for i in kept}

    # top-p: shortest prefix (in the same order) whose mass reaches top_p.
    # Adding the token before testing guarantees at least one survivor.
    if top_p < 1.0:
        nucleus, mass = [], 0.0
        for i in kept:
            nucleus.append(i)
            mass += probs[i]
            if mass >= top_p:
                break
        kept = nucleus

    # Final renormalisation over the survivors.
    total = sum(probs[i] for i in kept)
    out = [0.0] * n
    for i in kept:
        out[i] = probs[i] / total
    return out
