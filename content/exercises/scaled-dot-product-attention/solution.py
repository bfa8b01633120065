import math


def scaled_dot_product_attention(Q, K, V, causal=False):
    """Single-head attention on lists of lists.

    Q: n_q x d, K: n_k x d, V: n_k x d_v.
    Returns (output, weights): output is n_q x d_v, weights is n_q x n_k.
    With causal=True, query i may look at key j only if j <= i + (n_k - n_q)
    (the queries are the last n_q positions of the sequence).
    """
    n_q, n_k = len(Q), len(K)
    if len(V) != n_k:
        raise ValueError(f"K has {n_k} rows but V has {len(V)}")
    if n_q == 0:
        return [], []
    d = len(Q[0])
    if any(len(row) != d for row in Q) or any(len(row) != d for row in K):
        raise ValueError("every row of Q and K must have the same dimension d")
    d_v = len(V[0]) if n_k else 0
    scale = 1.0 / math.sqrt(d) if d else 1.0
    shift = n_k - n_q  # bottom-right alignment of the causal mask

    outputs, weights = [], []
    for i, q in enumerate(Q):
        # 1) which keys this query may see
        last = min(n_k - 1, i + shift) if causal else n_k - 1
        visible = range(0, last + 1)  # empty when last < 0
        # 2) scaled scores for the visible keys only
        scores = [scale * sum(a * b for a, b in zip(q, K[j])) for j in visible]
        row_w = [0.0] * n_k  # masked keys keep an exact 0.0
        out = [0.0] * d_v
        if scores:
            # 3) stable softmax: subtract the row max so exp() never overflows
            m = max(scores)
            exps = [math.exp(s - m) for s in scores]
            total = sum(exps)  # >= 1 because the max term is exp(0)
            for j, e in zip(visible, exps):
                row_w[j] = e / total
            # 4) weighted sum of the value rows
            for j in visible:
                w = row_w[j]
                for c in range(d_v):
                    out[c] += w * V[j][c]
        # a row with no visible key stays all-zero instead of becoming NaN
        outputs.append(out)
        weights.append(row_w)
    return outputs, weights
