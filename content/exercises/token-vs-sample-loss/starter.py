def aggregate_loss(token_losses: list[list[float]], mode: str, max_len: int | None = None) -> float:
    """Reduce per-token losses of a batch of responses to a scalar.

    token_losses[i][t] is the loss of token t of response i (lengths differ).
    mode is one of "seq-mean-token-mean" (GRPO), "token-mean" (DAPO),
    "seq-mean-token-sum-norm" (Dr. GRPO, divide by the constant max_len).
    Raise ValueError on an unknown mode, an empty batch or an empty response,
    a missing max_len, or a response longer than max_len.
    """
    raise NotImplementedError
