def best_of_n(rewards: list[float]) -> int:
    """Index of the highest reward; ties go to the lowest index. ValueError if empty."""
    if not rewards:
        raise ValueError("no candidates")
    best = 0
    for i in range(1, len(rewards)):
        if rewards[i] > rewards[best]:  # strict '>' keeps the earliest maximum
            best = i
    return best


def _pick(totals: dict, first_seen: dict):
    # Highest total wins; among equal totals the answer seen first wins.
    return min(totals, key=lambda a: (-totals[a], first_seen[a]))


def majority_vote(answers: list[str]) -> str:
    """Most frequent answer; ties go to the answer that appears first. ValueError if empty."""
    if not answers:
        raise ValueError("no candidates")
    counts, first_seen = {}, {}
    for i, a in enumerate(answers):
        counts[a] = counts.get(a, 0) + 1
        first_seen.setdefault(a, i)
    return _pick(counts, first_seen)


def weighted_vote(answers: list[str], rewards: list[float]) -> str:
    """Answer with the largest summed reward; ties go to the answer that appears first.

    ValueError if empty, lengths differ, or any reward is negative.
    """
    if not answers:
        raise ValueError("no candidates")
    if len(answers) != len(rewards):
        raise ValueError("answers and rewards must have the same length")
    if any(r < 0 for r in rewards):
        raise ValueError("weighted voting expects non-negative scores")
    totals, first_seen = {}, {}
    for i, (a, r) in enumerate(zip(answers, rewards)):
        totals[a] = totals.get(a, 0.0) + r
        first_seen.setdefault(a, i)
    return _pick(totals, first_seen)
