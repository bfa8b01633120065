def gae(
    rewards: list[float],
    values: list[float],
    dones: list[bool],
    gamma: float = 0.99,
    lam: float = 0.95,
) -> tuple[list[float], list[float]]:
    """Generalized advantage estimation over one rollout of T steps.

    values has T + 1 entries: V(s_0), ..., V(s_{T-1}) and the bootstrap value V(s_T).
    dones[t] is True when the episode terminated after step t, so V(s_{t+1}) must not
    be used and the advantage recursion must not run across that boundary.
    Returns (advantages, returns) with returns[t] = advantages[t] + values[t].
    """
    T = len(rewards)
    if len(dones) != T or len(values) != T + 1:
        raise ValueError("need len(dones) == len(rewards) and len(values) == len(rewards) + 1")
    advantages = [0.0] * T
    running = 0.0  # A_{t+1}; starts at 0 beyond the last step
    # Walk backwards so each step reuses the advantage of the step after it.
    for t in range(T - 1, -1, -1):
        not_done = 0.0 if dones[t] else 1.0
        # One-step TD residual; the next value only counts if the episode continues.
        delta = rewards[t] + gamma * values[t + 1] * not_done - values[t]
        # A_t = delta_t + gamma * lambda * A_{t+1}, cut at episode boundaries.
        running = delta + gamma * lam * not_done * running
        advantages[t] = running
    returns = [a + v for a, v in zip(advantages, values[:T])]
    return advantages, returns
