import math

RULES = ("min", "prod", "last")


def aggregate(step_scores, rule):
    """Solution score from PRM step scores.

    rule: "min" -> min(p), "prod" -> sum(log p) (-inf if any p == 0), "last" -> p[-1].
    ValueError on empty steps, scores outside [0, 1], or an unknown rule.
    """
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}")
    if not step_scores:
        raise ValueError("a solution needs at least one step")
    for p in step_scores:
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"step score {p} outside [0, 1]")

    if rule == "min":
        return min(step_scores)
    if rule == "last":
        return step_scores[-1]
    # "prod": work in log space so long solutions do not underflow to 0.0.
    if any(p == 0.0 for p in step_scores):
        return -math.inf
    return sum(math.log(p) for p in step_scores)


def select_best(candidates, rule):
    """Index of the candidate with the highest aggregated score; ties go to the lowest index."""
    if not candidates:
        raise ValueError("no candidates")
    best_idx, best_score = 0, aggregate(candidates[0], rule)
    for i in range(1, len(candidates)):
        s = aggregate(candidates[i], rule)
        if s > best_score:  # strict '>' keeps the earliest index on ties
            best_idx, best_score = i, s
    return best_idx
