import math


def _softplus(x: float) -> float:
    # log(1 + e^x), computed so that the exponent is never positive.
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps,
             ref_chosen_logps, ref_rejected_logps, beta=0.1):
    """Return (mean DPO loss, mean implicit reward margin) over the batch.

    margin_i = beta * ((pc_i - rc_i) - (pr_i - rr_i)); loss_i = -log(sigmoid(margin_i)).
    Raises ValueError on empty / mismatched inputs or beta <= 0.
    """
    n = len(policy_chosen_logps)
    if n == 0:
        raise ValueError("empty batch")
    if not (len(policy_rejected_logps) == len(ref_chosen_logps) == len(ref_rejected_logps) == n):
        raise ValueError("all four log-prob lists must have the same length")
    if beta <= 0:
        raise ValueError("beta must be positive")

    total_loss = 0.0
    total_margin = 0.0
    for pc, pr, rc, rr in zip(policy_chosen_logps, policy_rejected_logps,
                              ref_chosen_logps, ref_rejected_logps):
        # Log-ratios first (each is a difference of two large negative numbers),
        # then the implicit rewards beta * log(pi / pi_ref).
        reward_chosen = beta * (pc - rc)
        reward_rejected = beta * (pr - rr)
        margin = reward_chosen - reward_rejected
        total_loss += _softplus(-margin)  # -log sigmoid(margin)
        total_margin += margin
    return total_loss / n, total_margin / n
