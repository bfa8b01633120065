import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _check(got, expected):
    assert len(got) == len(expected), f"expected {expected}, got {got}"
    for g_row, e_row in zip(got, expected):
        assert len(g_row) == len(e_row) and all(_close(g, e) for g, e in zip(g_row, e_row)), (
            f"expected {expected}, got {got}"
        )


def test_readme_example():
    """示例：[1, 0, 0, 0] 得到 [1, -1/3, -1/3, -1/3]"""
    got = rloo_advantages([[1.0, 0.0, 0.0, 0.0]])
    _check(got, [[1.0, -1 / 3, -1 / 3, -1 / 3]])


def test_two_samples():
    """k=2 时每条的 baseline 就是另一条的 reward：[a, b] 得到 [a-b, b-a]"""
    got = rloo_advantages([[0.7, -0.2]])
    _check(got, [[0.9, -0.9]])


def test_relation_to_group_mean():
    """RLOO advantage 等于 k/(k-1) 乘以减组均值的 advantage"""
    rewards = [0.3, 1.7, -0.4, 2.2, 0.9]
    k = len(rewards)
    mean = sum(rewards) / k
    expected = [k / (k - 1) * (r - mean) for r in rewards]
    _check(rloo_advantages([rewards]), [expected])


def test_continuous_rm_scores_and_sum_zero():
    """连续的 RM 分数：逐条核对 leave-one-out 均值，且组内 advantage 之和为 0"""
    rewards = [2.5, -1.0, 0.25, 4.0, 3.0, -0.5]
    got = rloo_advantages([rewards])[0]
    for i, r in enumerate(rewards):
        others = rewards[:i] + rewards[i + 1 :]
        expected = r - sum(others) / len(others)
        assert _close(got[i], expected), f"index {i}: expected {expected}, got {got[i]}"
    assert abs(sum(got)) < 1e-9, f"expected advantages to sum to 0, got {sum(got)}"


def test_all_equal_and_groups_independent():
    """组内 reward 全相同时 advantage 全为 0；不同组（k 不同）各自计算"""
    got = rloo_advantages([[3.0, 3.0, 3.0], [1.0, 0.0]])
    _check(got, [[0.0, 0.0, 0.0], [1.0, -1.0]])


def test_group_too_small():
    """组内只有 1 条或为空时没有 leave-one-out baseline，抛出 ValueError"""
    for groups in ([[1.0]], [[1.0, 0.0], []]):
        try:
            rloo_advantages(groups)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {groups}")
