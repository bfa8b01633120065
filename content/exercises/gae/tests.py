import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _check(got, expected, what):
    assert len(got) == len(expected), f"{what}: expected {expected}, got {got}"
    for g, e in zip(got, expected):
        assert _close(g, e), f"{what}: expected {expected}, got {got}"


def test_readme_example():
    """示例：三步、末步终止，gamma=0.9、lambda=0.8 的 advantage 与 return"""
    adv, ret = gae([1.0, 0.0, 2.0], [0.5, 1.0, 0.8, 3.0], [False, False, True], gamma=0.9, lam=0.8)
    _check(adv, [1.82048, 0.584, 1.2], "advantages")
    _check(ret, [2.32048, 1.584, 2.0], "returns")


def test_lambda_zero_is_td_residual():
    """lambda=0 时 advantage 就是一步 TD 残差 r_t + gamma·V(s_{t+1}) - V(s_t)"""
    r, v, d = [1.0, -0.5, 2.0], [0.2, 0.4, -0.1, 0.7], [False, False, False]
    adv, _ = gae(r, v, d, gamma=0.9, lam=0.0)
    expected = [r[t] + 0.9 * v[t + 1] - v[t] for t in range(3)]
    _check(adv, expected, "advantages")


def test_lambda_one_is_monte_carlo():
    """lambda=1 时 return 等于折扣回报加上末端 bootstrap 值（蒙特卡洛回报）"""
    r, v, d = [1.0, 2.0, 3.0], [0.3, -0.2, 0.9, 5.0], [False, False, False]
    g = 0.5
    _, ret = gae(r, v, d, gamma=g, lam=1.0)
    expected = [
        1.0 + g * 2.0 + g**2 * 3.0 + g**3 * 5.0,
        2.0 + g * 3.0 + g**2 * 5.0,
        3.0 + g * 5.0,
    ]
    _check(ret, expected, "returns")


def test_llm_terminal_reward():
    """LLM 场景：只有末 token 有 reward、critic 全 0、gamma=lambda=1 时每个 token 的 advantage 都等于 R"""
    T = 6
    adv, ret = gae([0.0] * (T - 1) + [1.0], [0.0] * (T + 1), [False] * (T - 1) + [True], gamma=1.0, lam=1.0)
    _check(adv, [1.0] * T, "advantages")
    _check(ret, [1.0] * T, "returns")


def test_done_cuts_recursion():
    """done 处截断：第一段的 advantage 不受后一段影响，且不使用下一状态的 value"""
    r = [1.0, 1.0, 0.0, 10.0]
    v = [0.0, 0.0, 100.0, 0.0, 7.0]
    d = [False, True, False, False]
    adv, _ = gae(r, v, d, gamma=1.0, lam=1.0)
    adv_first, _ = gae([1.0, 1.0], [0.0, 0.0, 0.0], [False, True], gamma=1.0, lam=1.0)
    _check(adv[:2], adv_first, "first episode")
    _check(adv[:2], [2.0, 1.0], "first episode")
    _check(adv[2:], [17.0 - 100.0, 17.0], "second episode")


def test_bootstrap_value_used_when_not_done():
    """最后一步未终止（截断）时用 values[-1] 做 bootstrap"""
    adv, _ = gae([0.0], [0.0, 4.0], [False], gamma=0.5, lam=0.9)
    _check(adv, [2.0], "advantages")
    adv, _ = gae([0.0], [0.0, 4.0], [True], gamma=0.5, lam=0.9)
    _check(adv, [0.0], "advantages")


def test_empty_and_bad_lengths():
    """T=0 时返回两个空列表；长度不一致时抛出 ValueError"""
    got = gae([], [3.0], [])
    assert got == ([], []), f"expected ([], []), got {got}"
    try:
        gae([1.0, 2.0], [0.0, 0.0], [False, False])
    except ValueError:
        return
    raise AssertionError("expected ValueError when len(values) != len(rewards) + 1")
