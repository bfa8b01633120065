def gae(
    rewards: list[float],
    values: list[float],
    dones: list[bool],
    gamma: float = 0.99,
    lam: float = 0.95,
) -> tuple[list[float], list[float]]:
    """Generalized advantage estimation.

    rewards: r_0 .. r_{T-1}
    values:  V(s_0) .. V(s_{T-1}) plus the bootstrap value V(s_T)  (length T + 1)
    dones:   dones[t] is True if the episode terminated after step t
    Returns (advantages, returns), both of length T, with returns = advantages + V(s_t).
    Raise ValueError on inconsistent lengths.
    """
    raise NotImplementedError
