def rloo_advantages(groups: list[list[float]]) -> list[list[float]]:
    """REINFORCE leave-one-out advantages for k samples per prompt.

    A_i = r_i - mean(r_j for j != i). Each group needs k >= 2 samples.
    """
    out = []
    for rewards in groups:
        k = len(rewards)
        if k < 2:
            raise ValueError("RLOO needs at least 2 samples per prompt")
        total = sum(rewards)
        # One pass for the sum, then each baseline is (total - r_i) / (k - 1):
        # O(k) per group instead of re-averaging the other k - 1 rewards each time.
        out.append([r - (total - r) / (k - 1) for r in rewards])
    return out
