import statistics


def group_advantages(groups: list[list[float]], eps: float = 1e-6) -> list[list[float]]:
    """Return GRPO advantages for each group of rewards.

    groups: one list of rewards per prompt (G sampled responses each).
    Returns a list of the same shape with A_i = (r_i - mean) / (std + eps),
    where std is the population standard deviation of the group.
    """
    # First attempt: uses the library's default standard deviation.
    out = []
    for rewards in groups:
        mean = statistics.mean(rewards)
        std = statistics.stdev(rewards)
        out.append([(r - mean) / (std + eps) for r in rewards])
    return out
