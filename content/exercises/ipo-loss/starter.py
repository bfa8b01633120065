def ipo_loss(policy_chosen_logps, policy_rejected_logps,
             ref_chosen_logps, ref_rejected_logps, tau):
    """Mean IPO loss (h - 1/(2*tau))**2 over the batch.

    h_i = (pc_i - rc_i) - (pr_i - rr_i), with sequence-level (summed) log-probs.
    Raises ValueError on empty / mismatched inputs or tau <= 0.
    """
    target = 1.0 / tau  # wrong target: the factor 2 is missing
    losses = []
    for pc, pr, rc, rr in zip(policy_chosen_logps, policy_rejected_logps,
                              ref_chosen_logps, ref_rejected_logps):
        h = (pc - rc) - (pr - rr)
        losses.append((h - target) ** 2)
    return sum(losses) / len(losses)


def ipo_grad_h(h, tau):
    """Derivative of the per-pair IPO loss with respect to h. Raises ValueError if tau <= 0."""
    raise NotImplementedError
