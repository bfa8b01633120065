import math


def filter_probs(logits: list[float], temperature: float = 1.0,
                 top_k: int | None = None, top_p: float = 1.0) -> list[float]:
    """Turn logits into the distribution actually sampled from.

    Order: divide by temperature -> softmax -> top-k (exactly k, ties by lower index)
    -> top-p on the renormalised top-k distribution (shortest prefix with mass >= top_p)
    -> renormalise. temperature == 0 means greedy (one-hot at the first argmax).
    Filtered positions are 0.0; at least one token is always kept.
    """
    raise NotImplementedError
