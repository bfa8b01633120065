import math


def backup(path: list[dict], value: float, two_player: bool = True) -> None:
    """Back a leaf value up the path, flipping sign per level in the two-player case."""
    # The leaf's Q serves its parent, whose mover is the leaf mover's opponent.
    x = -value if two_player else value
    for node in reversed(path):
        node["N"] += 1
        node["Q"] += (x - node["Q"]) / node["N"]   # running mean, no stored sum
        if two_player:
            x = -x                                 # one level up = other player's view


def visit_policy(visits: list[int], tau: float = 1.0) -> list[float]:
    """Root visit counts -> policy target pi_a ∝ N_a^(1/tau)."""
    n = len(visits)
    if tau <= 0:
        best = 0
        for a in range(n):
            if visits[a] > visits[best]:        # strict: ties keep the lower index
                best = a
        out = [0.0] * n
        out[best] = 1.0
        return out

    # Log space: N^(1/tau) = exp(log N / tau); subtracting the max keeps the largest
    # term at exactly 1, so 3000 ** 100 never has to be formed.
    logs = [math.log(v) / tau if v > 0 else None for v in visits]
    top = max(l for l in logs if l is not None)
    weights = [math.exp(l - top) if l is not None else 0.0 for l in logs]
    total = sum(weights)
    return [w / total for w in weights]
