import math


def _project(x, W):
    """Row vector x (length d_model) times W (d_model rows, d_head columns)."""
    return [sum(x[i] * W[i][j] for i in range(len(x))) for j in range(len(W[0]))]


def _attend(q, keys, values):
    """One query over a list of keys/values with a stable softmax and 1/sqrt(d) scaling."""
    scale = 1.0 / math.sqrt(len(q))
    scores = [scale * sum(a * b for a, b in zip(q, k)) for k in keys]
    m = max(scores)
    exps = [math.exp(s - m) for s in scores]
    total = sum(exps)
    out = [0.0] * len(values[0])
    for e, v in zip(exps, values):
        w = e / total
        for c in range(len(out)):
            out[c] += w * v[c]
    return out


class SingleHeadKVCache:
    """Incremental decoding for one attention head.

    Each step projects only the new token, appends its key and value to the
    cache and lets the new query attend over everything cached so far.
    """

    def __init__(self, Wq, Wk, Wv):
        self.Wq, self.Wk, self.Wv = Wq, Wk, Wv
        self.keys = []    # one d_head vector per past token; never modified after append
        self.values = []

    def step(self, x):
        q = _project(x, self.Wq)
        self.keys.append(_project(x, self.Wk))
        self.values.append(_project(x, self.Wv))
        # the newest token is the last position, so "all cached keys" is exactly the causal window
        return _attend(q, self.keys, self.values)

    def prefill(self, X):
        # a prompt is just several steps; real engines batch this into one matmul
        return [self.step(x) for x in X]


def decode_without_cache(X, Wq, Wk, Wv):
    """Baseline: at every step recompute K and V for the whole prefix from scratch."""
    outputs = []
    for t in range(len(X)):
        prefix = X[: t + 1]
        K = [_project(x, Wk) for x in prefix]   # recomputed every step: O(t) projections
        V = [_project(x, Wv) for x in prefix]
        q = _project(X[t], Wq)
        outputs.append(_attend(q, K, V))
    return outputs
