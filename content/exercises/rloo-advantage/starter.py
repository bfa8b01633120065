def rloo_advantages(groups: list[list[float]]) -> list[list[float]]:
    """REINFORCE leave-one-out advantages.

    groups: one list of k rewards per prompt (k may differ between prompts).
    Returns a list of the same shape: each reward minus the mean of the OTHER k - 1
    rewards of its group. Raise ValueError if a group has fewer than 2 rewards.
    """
    # First attempt: subtract the group mean.
    out = []
    for rewards in groups:
        mean = sum(rewards) / len(rewards)
        out.append([r - mean for r in rewards])
    return out
