import math


def ppo_clip_loss(
    logp_new: list[float],
    logp_old: list[float],
    advantages: list[float],
    eps: float = 0.2,
) -> tuple[float, float]:
    """Per-token PPO clipped surrogate. Returns (loss, clip_fraction).

    loss = -mean_t min(rho_t * A_t, clip(rho_t, 1 - eps, 1 + eps) * A_t)
    clip_fraction = share of tokens where the clipped term is strictly smaller,
    i.e. where min() picks the clipped branch and the token's gradient is zero.
    """
    n = len(logp_new)
    if len(logp_old) != n or len(advantages) != n:
        raise ValueError("logp_new, logp_old and advantages must have the same length")
    if n == 0:
        return 0.0, 0.0
    total = 0.0
    clipped = 0
    for lp_new, lp_old, adv in zip(logp_new, logp_old, advantages):
        # Ratio from log-probs: exp(log pi_new - log pi_old).
        ratio = math.exp(lp_new - lp_old)
        clipped_ratio = min(max(ratio, 1.0 - eps), 1.0 + eps)
        unclipped_obj = ratio * adv
        clipped_obj = clipped_ratio * adv
        # Pessimistic bound: take the smaller objective. For A > 0 this caps the gain
        # once rho > 1 + eps; for A < 0 it caps it once rho < 1 - eps. Moves that make
        # the objective worse are never clipped.
        total += min(unclipped_obj, clipped_obj)
        if clipped_obj < unclipped_obj:
            clipped += 1
    # The optimiser minimises, so the loss is the negated mean objective.
    return -total / n, clipped / n
