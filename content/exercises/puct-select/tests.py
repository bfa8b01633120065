import math


def test_readme_examples():
    """示例：按 U = Q + c·P·sqrt(N)/(1+n) 选出下标 1"""
    got = puct_select([0.5, 0.3, 0.2], [2, 1, 0], [1.0, 0.8, 0.0], parent_visits=3, c_puct=1.5)
    assert got == 1, f"expected 1, got {got}"
    got = puct_select([0.1, 0.9], [10, 0], [6.0, 0.0], parent_visits=10)
    assert got == 1, f"expected 1, got {got}"


def test_q_is_mean_not_sum():
    """Q 取平均值 W/N：c_puct=0 时选平均 value 最高的，而不是总和最高的"""
    got = puct_select([0.5, 0.5], [10, 1], [6.0, 0.9], parent_visits=11, c_puct=0.0)
    assert got == 1, f"expected 1 (mean 0.9 > 0.6), got {got}"


def test_parent_and_child_counts_not_swapped():
    """分子是父节点访问次数的平方根，分母是 1 + 子节点访问次数，不能记反"""
    # correct: U0 = 0.6 + 0.5*0.3*sqrt(8)/9 ≈ 0.647, U1 = 0 + 0.5*0.7*sqrt(8)/1 ≈ 0.990 -> 1
    # swapped (sqrt(child)/(1+parent)) would give U1 = 0 and pick 0
    got = puct_select([0.3, 0.7], [8, 0], [4.8, 0.0], parent_visits=8, c_puct=0.5)
    assert got == 1, f"expected 1, got {got}"
    # correct: U0 = 0.5 + 0.2*4/4 = 0.7, U1 = 0.6 + 0.1*4/2 = 0.8 -> 1
    got = puct_select([0.2, 0.1], [3, 1], [1.5, 0.6], parent_visits=16)
    assert got == 1, f"expected 1, got {got}"


def test_unvisited_child_q_is_zero():
    """未访问子节点 Q=0：value 为负时，新分支比已知会输的分支更优先"""
    got = puct_select([0.5, 0.5], [4, 0], [-2.0, 0.0], parent_visits=4, c_puct=0.1)
    assert got == 1, f"expected 1, got {got}"
    # value in [0, 1]: an unvisited child with Q = 0 loses to a good visited one
    got = puct_select([0.5, 0.5], [4, 0], [3.6, 0.0], parent_visits=4, c_puct=0.1)
    assert got == 0, f"expected 0, got {got}"


def test_ties_lowest_index():
    """U 并列时返回下标最小的；N(s)=0 时探索项为 0，只能按下标选"""
    got = puct_select([0.25] * 4, [1] * 4, [0.5] * 4, parent_visits=4)
    assert got == 0, f"expected 0, got {got}"
    got = puct_select([0.25] * 4, [1] * 4, [0.0, 1.0, 1.0, 0.0], parent_visits=4)
    assert got == 1, f"expected 1, got {got}"
    got = puct_select([0.1, 0.2, 0.7], [0, 0, 0], [0.0, 0.0, 0.0], parent_visits=0)
    assert got == 0, f"expected 0, got {got}"


def test_empty_children_raise():
    """没有子节点时抛出 ValueError"""
    try:
        puct_select([], [], [], parent_visits=0)
    except ValueError:
        return
    assert False, "expected ValueError for an empty child list"
