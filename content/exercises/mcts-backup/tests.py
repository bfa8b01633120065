import math


def _t_close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _t_fresh(k):
    return [{"N": 0, "Q": 0.0} for _ in range(k)]


def test_readme_two_player_sign_flip():
    """两人模式：叶子记入 -v，往上逐层翻符号；N 全部加 1"""
    path = _t_fresh(3)
    backup(path, 1.0, two_player=True)
    got = [node["Q"] for node in path]
    assert all(_t_close(g, e) for g, e in zip(got, [-1.0, 1.0, -1.0])), f"expected Q [-1, 1, -1], got {got}"
    assert [node["N"] for node in path] == [1, 1, 1], f"expected N [1, 1, 1], got {[n['N'] for n in path]}"
    path = _t_fresh(4)
    backup(path, 0.5, two_player=True)
    got = [node["Q"] for node in path]
    assert all(_t_close(g, e) for g, e in zip(got, [0.5, -0.5, 0.5, -0.5])), f"expected Q [0.5, -0.5, 0.5, -0.5], got {got}"


def test_single_agent_no_flip():
    """单智能体模式：路径上每个节点都记入同一个 v"""
    path = _t_fresh(3)
    backup(path, 0.7, two_player=False)
    got = [node["Q"] for node in path]
    assert all(_t_close(g, 0.7) for g in got), f"expected all Q = 0.7, got {got}"


def test_running_mean():
    """Q 按增量平均更新：N=3、Q=0.5 的节点记入 -0.3 后 Q=0.3"""
    node = {"N": 3, "Q": 0.5}
    backup([node], -0.3, two_player=False)
    assert node["N"] == 4, f"expected N 4, got {node['N']}"
    assert _t_close(node["Q"], 0.3), f"expected Q 0.3, got {node['Q']}"
    # a one-node two-player path: the node is the leaf, so it receives -value
    node = {"N": 1, "Q": 0.2}
    backup([node], 0.6, two_player=True)
    assert _t_close(node["Q"], -0.2), f"expected Q -0.2, got {node['Q']}"


def test_shared_prefix_accumulates():
    """两条共享前缀的路径先后回传：共享节点的 N 与 Q 正确累积"""
    root, a, b, c = _t_fresh(4)
    backup([root, a, b], 0.6, two_player=True)
    backup([root, a, c], 0.2, two_player=True)
    checks = [("root", root, 2, -0.4), ("a", a, 2, 0.4), ("b", b, 1, -0.6), ("c", c, 1, -0.2)]
    for name, node, n, q in checks:
        assert node["N"] == n and _t_close(node["Q"], q), f"{name}: expected N={n}, Q={q}, got {node}"
    backup([], 1.0)   # empty path: nothing happens, no error


def test_visit_policy_tau_one_and_two():
    """tau=1 按访问次数成比例；tau=2 更平；访问 0 次的概率为 0"""
    got = visit_policy([1, 3, 0, 4], tau=1.0)
    expected = [0.125, 0.375, 0.0, 0.5]
    assert all(_t_close(g, e) for g, e in zip(got, expected)), f"expected {expected}, got {got}"
    got = visit_policy([1, 4], tau=2.0)
    expected = [1 / 3, 2 / 3]
    assert all(_t_close(g, e) for g, e in zip(got, expected)), f"expected {expected}, got {got}"


def test_visit_policy_greedy_and_tiny_tau():
    """tau=0 取访问最多者（并列取下标小的）；tau=0.01 与上千次访问不溢出"""
    got = visit_policy([5, 7, 7], tau=0)
    assert got == [0.0, 1.0, 0.0], f"expected [0.0, 1.0, 0.0], got {got}"
    got = visit_policy([1500, 3000], tau=0.01)
    small = 0.5 ** 100 / (1 + 0.5 ** 100)
    expected = [small, 1 - small]
    assert all(math.isfinite(g) for g in got), f"expected finite values, got {got}"
    assert math.isclose(got[0], expected[0], rel_tol=1e-6) and _t_close(got[1], expected[1]), f"expected {expected}, got {got}"
