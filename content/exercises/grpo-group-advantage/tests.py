import math


def _close(a, b, rel=1e-5):
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)


def _check(got, expected, rel=1e-5):
    assert len(got) == len(expected), f"expected {len(expected)} groups, got {len(got)}"
    for g_row, e_row in zip(got, expected):
        assert len(g_row) == len(e_row), f"expected row {e_row}, got {g_row}"
        for g, e in zip(g_row, e_row):
            assert _close(g, e, rel), f"expected {e_row}, got {g_row}"


def test_readme_example():
    """示例：[1, 0, 0, 0] 一组，答对那条约为 1.732，其余约为 -0.577"""
    got = group_advantages([[1.0, 0.0, 0.0, 0.0]])
    a = math.sqrt(3.0)
    _check(got, [[a, -1 / a, -1 / a, -1 / a]])


def test_population_std_convention():
    """std 用总体标准差（除以 G）：[0, 1] 得到约 [-1, 1]，而不是 ±0.707"""
    got = group_advantages([[0.0, 1.0]])
    _check(got, [[-1.0, 1.0]])


def test_all_equal_group_is_zero():
    """组内 reward 全相同（全对或全错）时 advantage 全为 0，不能出现 NaN"""
    got = group_advantages([[1.0, 1.0, 1.0], [0.0, 0.0], [7.5]])
    assert got == [[0.0, 0.0, 0.0], [0.0, 0.0], [0.0]], f"expected all zeros, got {got}"


def test_groups_are_independent():
    """每组各自归一化：不同组的 reward 尺度互不影响"""
    got = group_advantages([[1.0, 0.0], [10.0, 20.0, 30.0]])
    b = 10.0 / math.sqrt(200.0 / 3.0)
    _check(got, [[1.0, -1.0], [-b, 0.0, b]])


def test_one_correct_out_of_sixteen():
    """G=16 只有 1 条答对：它的 advantage 约为 sqrt(15)≈3.873，其余约为 -0.258"""
    rewards = [1.0] + [0.0] * 15
    got = group_advantages([rewards])[0]
    assert _close(got[0], math.sqrt(15.0)), f"expected {math.sqrt(15.0)}, got {got[0]}"
    assert _close(got[5], -1 / math.sqrt(15.0)), f"expected {-1 / math.sqrt(15.0)}, got {got[5]}"
    assert abs(sum(got)) < 1e-9, f"expected advantages to sum to 0, got {sum(got)}"


def test_large_offset_rewards():
    """reward 带很大的公共偏移（1e9 ± 1）时结果仍为 [1, -1]"""
    got = group_advantages([[1e9 + 1.0, 1e9 - 1.0]])
    _check(got, [[1.0, -1.0]])


def test_empty_group_and_eps():
    """空组返回空列表；eps 加在 std 上（std=0.5、eps=0.5 时 advantage 为 ±0.5）"""
    got = group_advantages([[]])
    assert got == [[]], f"expected [[]], got {got}"
    got = group_advantages([[0.0, 1.0]], eps=0.5)
    _check(got, [[-0.5, 0.5]])
