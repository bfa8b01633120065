def _target(tau: float) -> float:
    if tau <= 0:
        raise ValueError("tau must be positive")
    # The regularisation strength sets the finite gap IPO regresses to.
    return 1.0 / (2.0 * tau)


def ipo_loss(policy_chosen_logps, policy_rejected_logps,
             ref_chosen_logps, ref_rejected_logps, tau):
    """Mean IPO loss (h - 1/(2*tau))**2 over the batch.

    h_i = (pc_i - rc_i) - (pr_i - rr_i), with sequence-level (summed) log-probs.
    Raises ValueError on empty / mismatched inputs or tau <= 0.
    """
    n = len(policy_chosen_logps)
    if n == 0:
        raise ValueError("empty batch")
    if not (len(policy_rejected_logps) == len(ref_chosen_logps) == len(ref_rejected_logps) == n):
        raise ValueError("all four log-prob lists must have the same length")
    target = _target(tau)

    total = 0.0
    for pc, pr, rc, rr in zip(policy_chosen_logps, policy_rejected_logps,
                              ref_chosen_logps, ref_rejected_logps):
        # Log-ratio inside each response first: keeps the numbers small.
        h = (pc - rc) - (pr - rr)
        total += (h - target) ** 2
    return total / n


def ipo_grad_h(h, tau):
    """Derivative of the per-pair IPO loss with respect to h. Raises ValueError if tau <= 0."""
    # Positive once h overshoots the target: gradient descent pulls h back.
    return 2.0 * (h - _target(tau))
