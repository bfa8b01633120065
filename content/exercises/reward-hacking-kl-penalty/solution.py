def shaped_rewards(logprobs, ref_logprobs, seq_reward, beta=0.1, mask=None):
    """Per-token rewards r_t = -beta * (logp_t - logp_ref_t), plus seq_reward on the last valid token.

    mask[t] == 0 marks padding: reward 0.0 there. Raises ValueError on empty or
    mismatched input, an all-zero mask, or beta < 0.
    """
    n = len(logprobs)
    if n == 0:
        raise ValueError("empty response")
    if len(ref_logprobs) != n:
        raise ValueError("logprobs and ref_logprobs must have the same length")
    if mask is None:
        mask = [1] * n
    if len(mask) != n:
        raise ValueError("mask must have the same length as logprobs")
    if beta < 0:
        raise ValueError("beta must be non-negative")

    valid = [t for t in range(n) if mask[t]]
    if not valid:
        raise ValueError("mask has no valid token")

    rewards = [0.0] * n
    for t in valid:
        # Single-sample KL term: may be negative, and must not be clipped.
        rewards[t] = -beta * (logprobs[t] - ref_logprobs[t])
    # The reward model scores the whole response once: credit it to the last real token.
    rewards[valid[-1]] += seq_reward
    return rewards
