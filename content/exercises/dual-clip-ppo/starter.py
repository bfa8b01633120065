import math


def dual_clip_ppo_loss(
    logp_new: list[float],
    logp_old: list[float],
    advantages: list[float],
    eps_low: float = 0.2,
    eps_high: float = 0.2,
    c: float = 3.0,
) -> tuple[float, float]:
    """Return (loss, lower_clip_fraction) of dual-clip PPO, averaged over tokens.

    rho = exp(logp_new - logp_old); standard = min(rho*A, clip(rho, 1-eps_low, 1+eps_high)*A).
    Tokens with A < 0 are additionally bounded below by c * A (c > 1).
    loss = -mean of the per-token objective. lower_clip_fraction = share of tokens where
    that lower bound is active. Raise ValueError if c <= 1 or lengths differ.
    """
    # First attempt: apply the extra bound to every token.
    total = 0.0
    n_lower = 0
    for lp_new, lp_old, adv in zip(logp_new, logp_old, advantages):
        ratio = math.exp(lp_new - lp_old)
        clipped = min(max(ratio, 1.0 - eps_low), 1.0 + eps_high)
        obj = min(ratio * adv, clipped * adv)
        if c * adv > obj:
            n_lower += 1
        total += max(obj, c * adv)
    n = max(len(advantages), 1)
    return -total / n, n_lower / n
