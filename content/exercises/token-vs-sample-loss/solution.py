def aggregate_loss(token_losses: list[list[float]], mode: str, max_len: int | None = None) -> float:
    """Reduce per-token losses of G responses (variable lengths) to one scalar.

    mode:
      "seq-mean-token-mean"      GRPO: mean over each response, then mean over responses
      "token-mean"               DAPO: sum over all tokens / total number of tokens
      "seq-mean-token-sum-norm"  Dr. GRPO: sum over each response / max_len, then mean
    """
    if not token_losses or any(len(seq) == 0 for seq in token_losses):
        raise ValueError("need at least one response, and every response needs >= 1 token")
    g = len(token_losses)
    if mode == "seq-mean-token-mean":
        # Each response gets weight 1/G, shared by its |o_i| tokens:
        # a token in a long response weighs less than one in a short response.
        return sum(sum(seq) / len(seq) for seq in token_losses) / g
    if mode == "token-mean":
        # Every token in the batch gets the same weight 1 / sum_i |o_i|.
        total_tokens = sum(len(seq) for seq in token_losses)
        return sum(sum(seq) for seq in token_losses) / total_tokens
    if mode == "seq-mean-token-sum-norm":
        # Every token gets weight 1 / (G * L) with L a constant independent of lengths.
        if max_len is None or max_len <= 0:
            raise ValueError("seq-mean-token-sum-norm needs a positive max_len")
        if any(len(seq) > max_len for seq in token_losses):
            raise ValueError("a response is longer than max_len")
        return sum(sum(seq) for seq in token_losses) / (g * max_len)
    raise ValueError(f"unknown mode: {mode}")
