import math


def backup(path: list[dict], value: float, two_player: bool = True) -> None:
    """Update {"N", "Q"} of every node on path (root ... leaf) in place.

    value is the leaf evaluation from the point of view of the player to move at the leaf.
    A node's Q is from the point of view of the player who moved into it. Two-player:
    the leaf receives -value and the sign flips at every level up. Single-agent: every
    node receives value. Q is a running mean (no stored sums).
    """
    raise NotImplementedError


def visit_policy(visits: list[int], tau: float = 1.0) -> list[float]:
    """pi_a proportional to N_a ** (1 / tau); tau == 0 -> one-hot at the first argmax.

    Must not overflow for tiny tau and large counts.
    """
    raise NotImplementedError
