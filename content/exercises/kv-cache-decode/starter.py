import math


class SingleHeadKVCache:
    """Incremental decoding for one attention head.

    Wq, Wk, Wv: d_model x d_head (lists of lists); a token x (length d_model)
    is projected as q[j] = sum_i x[i] * Wq[i][j].
    """

    def __init__(self, Wq, Wk, Wv):
        self.Wq, self.Wk, self.Wv = Wq, Wk, Wv
        self.keys = []
        self.values = []

    def step(self, x):
        """Project x, append its key/value to the cache, return the attention output (length d_head)."""
        raise NotImplementedError

    def prefill(self, X):
        """Feed a prompt X (list of tokens); return one output per token, like step()."""
        raise NotImplementedError


def decode_without_cache(X, Wq, Wk, Wv):
    """At every step t recompute K, V for X[:t+1] and return the output of token t, for all t."""
    raise NotImplementedError
