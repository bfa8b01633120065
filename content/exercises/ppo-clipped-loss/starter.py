import math


def ppo_clip_loss(
    logp_new: list[float],
    logp_old: list[float],
    advantages: list[float],
    eps: float = 0.2,
) -> tuple[float, float]:
    """Return (loss, clip_fraction) of the per-token PPO clipped surrogate.

    loss is the negated mean (over tokens) of min(rho*A, clip(rho, 1-eps, 1+eps)*A),
    with rho = exp(logp_new - logp_old). clip_fraction is the share of tokens whose
    clipped term is strictly smaller than the unclipped one.
    """
    # First attempt: always use the clipped ratio.
    objs = []
    n_clipped = 0
    for lp_new, lp_old, adv in zip(logp_new, logp_old, advantages):
        ratio = math.exp(lp_new - lp_old)
        clipped_ratio = min(max(ratio, 1.0 - eps), 1.0 + eps)
        if clipped_ratio != ratio:
            n_clipped += 1
        objs.append(clipped_ratio * adv)
    return -sum(objs) / len(objs), n_clipped / len(objs)
