import math


def _close(a, b, tol=1e-6):
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def test_recovers_known_strengths():
    """示例：由强度 [2, 1, 0.5] 的期望胜场精确还原强度与 Elo"""
    wins = [[0, 20, 24], [10, 0, 20], [6, 10, 0]]
    p = bt_strengths(wins)
    for got, exp in zip(p, [2.0, 1.0, 0.5]):
        assert _close(got, exp), f"expected {[2.0, 1.0, 0.5]}, got {p}"
    elo = elo_scores(wins)
    d = 400 * math.log10(2.0)
    for got, exp in zip(elo, [d, 0.0, -d]):
        assert _close(got, exp), f"expected {[d, 0.0, -d]}, got {elo}"


def test_normalised_and_elo_probability():
    """log 强度均值为 0；Elo 差换算回的胜率与 BT 概率一致"""
    wins = [[0, 7, 9, 4], [3, 0, 6, 5], [1, 4, 0, 2], [6, 5, 8, 0]]
    p = bt_strengths(wins)
    mean_log = sum(math.log(x) for x in p) / len(p)
    assert abs(mean_log) < 1e-9, f"expected mean log-strength 0, got {mean_log}"
    elo = elo_scores(wins)
    assert abs(sum(elo)) < 1e-6, f"expected Elo scores to sum to 0, got {sum(elo)}"
    for i in range(4):
        for j in range(4):
            if i != j:
                from_elo = 1.0 / (1.0 + 10 ** ((elo[j] - elo[i]) / 400.0))
                from_bt = p[i] / (p[i] + p[j])
                assert _close(from_elo, from_bt), f"pair ({i},{j}): expected {from_bt}, got {from_elo}"


def test_likelihood_equations_hold():
    """拟合结果满足似然方程：实际胜场 = 期望胜场"""
    wins = [[0, 7, 9, 4], [3, 0, 6, 5], [1, 4, 0, 2], [6, 5, 8, 0]]
    p = bt_strengths(wins)
    n = len(wins)
    order = sorted(range(n), key=lambda i: -p[i])
    assert order == [0, 3, 1, 2], f"expected ranking [0, 3, 1, 2], got {order}"
    for i in range(n):
        actual = sum(wins[i][j] for j in range(n) if j != i)
        expected = sum((wins[i][j] + wins[j][i]) * p[i] / (p[i] + p[j]) for j in range(n) if j != i)
        assert _close(actual, expected, 1e-6), f"player {i}: expected wins {actual}, model gives {expected}"


def test_ties_as_half_wins():
    """平局记半场：完全对称时所有 Elo 为 0，战绩相同的两人分数相同"""
    sym = [[0, 2.5, 3.0], [2.5, 0, 3.0], [3.0, 3.0, 0]]
    for e in elo_scores(sym):
        assert abs(e) < 1e-6, f"expected all-zero Elo, got {elo_scores(sym)}"
    twins = [[0, 5.5, 8.0], [5.5, 0, 8.0], [2.0, 2.0, 0]]
    e = elo_scores(twins)
    assert _close(e[0], e[1]), f"expected equal scores for players 0 and 1, got {e}"
    assert e[0] > 0 > e[2], f"expected players 0/1 above player 2, got {e}"
    # player 2 wins 4 of its 20 games: 4 = 20 * b / (a + b)  ->  a / b = 4
    p = bt_strengths(twins)
    assert _close(p[0] / p[2], 4.0), f"expected strength ratio 4.0, got {p[0] / p[2]}"


def test_two_players():
    """两个选手：强度比等于胜负比"""
    p = bt_strengths([[0, 9], [3, 0]])
    assert _close(p[0] / p[1], 3.0), f"expected ratio 3.0, got {p[0] / p[1]}"
    assert _close(p[0] * p[1], 1.0), f"expected geometric mean 1, got product {p[0] * p[1]}"


def test_invalid_input_raises():
    """无最大似然解（不强连通）或输入非法时抛出 ValueError"""
    bad = [
        [[0, 3, 2], [0, 0, 1], [0, 1, 0]],        # player 0 never loses
        [[0, 2, 2], [1, 0, 1], [0, 0, 0]],        # player 2 never wins
        [[0, 2, 0, 0], [1, 0, 0, 0], [0, 0, 0, 4], [0, 0, 3, 0]],  # two groups never meet
        [[0, 1], [1, 0, 2]],                      # not square
        [[0, -1], [2, 0]],                        # negative count
        [[0]],                                    # single player
    ]
    for wins in bad:
        try:
            bt_strengths(wins)
        except ValueError:
            continue
        assert False, f"expected ValueError for {wins}"
