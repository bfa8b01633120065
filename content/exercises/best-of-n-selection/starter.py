def best_of_n(rewards: list[float]) -> int:
    """Index of the highest reward; ties go to the lowest index. ValueError if empty."""
    order = sorted(range(len(rewards)), key=lambda i: rewards[i])
    return order[-1]  # naive: among tied maxima this picks the *last* index


def majority_vote(answers: list[str]) -> str:
    """Most frequent answer; ties go to the answer that appears first. ValueError if empty."""
    raise NotImplementedError


def weighted_vote(answers: list[str], rewards: list[float]) -> str:
    """Answer with the largest summed reward; ties go to the answer that appears first.

    ValueError if empty, lengths differ, or any reward is negative.
    """
    raise NotImplementedError
