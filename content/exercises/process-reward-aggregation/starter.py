import math


def aggregate(step_scores, rule):
    """Solution score from PRM step scores.

    rule: "min" -> min(p), "prod" -> sum(log p) (-inf if any p == 0), "last" -> p[-1].
    ValueError on empty steps, scores outside [0, 1], or an unknown rule.
    """
    if rule == "min":
        return min(step_scores)
    if rule == "prod":
        return math.prod(step_scores)  # naive: plain product, underflows for long solutions
    if rule == "last":
        return step_scores[-1]
    raise ValueError(f"unknown rule {rule!r}")


def select_best(candidates, rule):
    """Index of the candidate with the highest aggregated score; ties go to the lowest index."""
    scores = [aggregate(c, rule) for c in candidates]
    return scores.index(max(scores))
