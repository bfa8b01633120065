import math


def scaled_dot_product_attention(Q, K, V, causal=False):
    """Single-head attention on lists of lists.

    Q: n_q x d, K: n_k x d, V: n_k x d_v.
    Returns (output, weights): output is n_q x d_v, weights is n_q x n_k.
    With causal=True, query i may look at key j only if j <= i + (n_k - n_q).
    Masked keys must get weight exactly 0.0.
    """
    # A first draft: it ignores `causal` and calls exp() on raw scores.
    # Find out which tests it fails and why.
    d = len(Q[0])
    outputs, weights = [], []
    for q in Q:
        scores = [sum(a * b for a, b in zip(q, k)) / math.sqrt(d) for k in K]
        exps = [math.exp(s) for s in scores]
        total = sum(exps)
        row_w = [e / total for e in exps]
        out = [sum(w * v[c] for w, v in zip(row_w, V)) for c in range(len(V[0]))]
        outputs.append(out)
        weights.append(row_w)
    return outputs, weights
