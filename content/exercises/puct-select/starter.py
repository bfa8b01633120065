import math


def puct_select(priors: list[float], visits: list[int], value_sums: list[float],
                parent_visits: int, c_puct: float = 1.0) -> int:
    """Index of the child maximising Q + c_puct * P * sqrt(N_parent) / (1 + N_child).

    Q = value_sum / visits (mean, parent's point of view); unvisited children use Q = 0.
    Ties go to the lowest index; an empty child list raises ValueError.
    """
    raise NotImplementedError
