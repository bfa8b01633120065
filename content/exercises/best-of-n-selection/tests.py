ANSWERS = ["12", "15", "12", "7", "15", "15"]
REWARDS = [0.9, 0.2, 0.8, 0.95, 0.3, 0.1]


def test_readme_example_rules_disagree():
    """示例：三种规则给出三个不同结果"""
    got = best_of_n(REWARDS)
    assert got == 3, f"expected 3, got {got}"
    got = majority_vote(ANSWERS)
    assert got == "15", f"expected '15', got {got!r}"
    got = weighted_vote(ANSWERS, REWARDS)
    assert got == "12", f"expected '12', got {got!r}"


def test_best_of_n_tie_lowest_index():
    """best-of-N 并列最高时取最小下标"""
    got = best_of_n([0.5, 0.9, 0.9])
    assert got == 1, f"expected 1, got {got}"
    got = best_of_n([-3.0, -3.0, -7.0])
    assert got == 0, f"expected 0, got {got}"
    got = best_of_n([0.4])
    assert got == 0, f"expected 0, got {got}"


def test_majority_tie_first_appearance():
    """多数投票票数并列时取最先出现的答案"""
    got = majority_vote(["b", "a", "a", "b", "c"])
    assert got == "b", f"expected 'b', got {got!r}"
    got = majority_vote(["x", "y", "z"])
    assert got == "x", f"expected 'x', got {got!r}"


def test_weighted_vote_sum_and_tie():
    """加权投票按分数求和，总分并列时取最先出现的答案"""
    got = weighted_vote(["p", "q", "q", "q"], [0.9, 0.2, 0.2, 0.2])
    assert got == "p", f"expected 'p' (0.9 vs 0.6), got {got!r}"
    got = weighted_vote(["b", "a", "b"], [0.25, 0.5, 0.25])
    assert got == "b", f"expected 'b' (0.5 vs 0.5, 'b' appears first), got {got!r}"


def test_equal_weights_match_majority():
    """所有分数相同时，加权投票退化为多数投票"""
    answers = ["3", "4", "4", "3", "5", "4"]
    got = weighted_vote(answers, [1.0] * len(answers))
    expected = majority_vote(answers)
    assert got == expected == "4", f"expected '4' from both, got {got!r} and {expected!r}"


def test_invalid_input_raises():
    """空输入、长度不一致或负分数时抛出 ValueError"""
    calls = [
        (best_of_n, ([],)),
        (majority_vote, ([],)),
        (weighted_vote, ([], [])),
        (weighted_vote, (["a", "b"], [0.5])),
        (weighted_vote, (["a", "b"], [0.5, -0.1])),
    ]
    for fn, args in calls:
        try:
            fn(*args)
        except ValueError:
            continue
        assert False, f"expected ValueError from {fn.__name__}{args}"
