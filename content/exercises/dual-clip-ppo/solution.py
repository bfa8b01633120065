import math


def dual_clip_ppo_loss(
    logp_new: list[float],
    logp_old: list[float],
    advantages: list[float],
    eps_low: float = 0.2,
    eps_high: float = 0.2,
    c: float = 3.0,
) -> tuple[float, float]:
    """Dual-clip PPO loss over tokens. Returns (loss, lower_clip_fraction).

    Per token, with rho = exp(logp_new - logp_old):
      standard = min(rho * A, clip(rho, 1 - eps_low, 1 + eps_high) * A)
      A >= 0:  J = standard                      (dual clip does not apply)
      A <  0:  J = max(standard, c * A)          (lower bound on the objective)
    loss = -mean(J). lower_clip_fraction = share of tokens where A < 0 and the
    bound c * A is strictly larger than the standard objective (it is active).
    """
    if c <= 1.0:
        raise ValueError("dual-clip constant c must be > 1")
    n = len(logp_new)
    if len(logp_old) != n or len(advantages) != n:
        raise ValueError("logp_new, logp_old and advantages must have the same length")
    if n == 0:
        return 0.0, 0.0
    total = 0.0
    n_lower = 0
    for lp_new, lp_old, adv in zip(logp_new, logp_old, advantages):
        ratio = math.exp(lp_new - lp_old)
        clipped = min(max(ratio, 1.0 - eps_low), 1.0 + eps_high)
        obj = min(ratio * adv, clipped * adv)  # ordinary PPO clipped objective
        if adv < 0.0:
            # With A < 0 and a huge ratio, ratio * A is unboundedly negative and the
            # token would dominate the batch. Floor the objective at c * A (note: c * A
            # is negative, and "floor" means max, because A < 0 flips the order).
            bound = c * adv
            if bound > obj:
                obj = bound
                n_lower += 1
        # A >= 0 must NOT get max(., c * A): c * A would then be a large positive
        # number and would replace the capped objective.
        total += obj
    return -total / n, n_lower / n
