import math
from collections import deque


def _validate(wins):
    n = len(wins)
    if n < 2:
        raise ValueError("need at least two players")
    for row in wins:
        if len(row) != n:
            raise ValueError("wins must be a square matrix")
        if any(x < 0 for x in row):
            raise ValueError("win counts must be non-negative")
    # Edge i -> j when i beat j at least once. The MLE exists and is unique
    # iff this directed graph is strongly connected.
    forward = [[j for j in range(n) if j != i and wins[i][j] > 0] for i in range(n)]
    backward = [[j for j in range(n) if j != i and wins[j][i] > 0] for i in range(n)]
    for graph in (forward, backward):
        seen = {0}
        queue = deque([0])
        while queue:
            u = queue.popleft()
            for v in graph[u]:
                if v not in seen:
                    seen.add(v)
                    queue.append(v)
        if len(seen) != n:
            raise ValueError("win graph is not strongly connected: MLE does not exist")


def bt_strengths(wins, max_iter=10000, tol=1e-12):
    """Bradley-Terry maximum-likelihood strengths via MM iterations.

    wins[i][j] = number of times i beat j (ties may be recorded as 0.5 each way).
    The result is normalised so that the mean of log(p) is 0.
    Raises ValueError for non-square / negative input, fewer than 2 players,
    or a win graph that is not strongly connected.
    """
    _validate(wins)
    n = len(wins)
    total_wins = [sum(wins[i][j] for j in range(n) if j != i) for i in range(n)]
    games = [[wins[i][j] + wins[j][i] for j in range(n)] for i in range(n)]

    p = [1.0] * n
    for _ in range(max_iter):
        # Jacobi-style MM step: every player is updated from the previous p.
        new_p = []
        for i in range(n):
            denom = sum(games[i][j] / (p[i] + p[j]) for j in range(n) if j != i)
            new_p.append(total_wins[i] / denom)
        # Only ratios are identifiable: fix the scale by centring log p.
        mean_log = sum(math.log(x) for x in new_p) / n
        new_p = [x / math.exp(mean_log) for x in new_p]
        change = max(abs(math.log(a) - math.log(b)) for a, b in zip(new_p, p))
        p = new_p
        if change < tol:
            break
    return p


def elo_scores(wins):
    """Elo-like scores 400 * log10(p_i) from the normalised BT strengths."""
    return [400.0 * math.log10(x) for x in bt_strengths(wins)]
