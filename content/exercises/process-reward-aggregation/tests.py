import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


CANDS = [
    [0.8, 0.8],
    [0.99, 0.99, 0.75],
    [0.3, 0.95],
]


def test_rules_disagree():
    """示例：min、prod、last 选出三个不同的解答"""
    for rule, expected in (("min", 0), ("prod", 1), ("last", 2)):
        got = select_best(CANDS, rule)
        assert got == expected, f"rule {rule}: expected {expected}, got {got}"


def test_aggregate_values():
    """三种聚合的数值，prod 以对数形式返回"""
    steps = [0.9, 0.5, 0.8]
    got = aggregate(steps, "min")
    assert _close(got, 0.5), f"expected 0.5, got {got}"
    got = aggregate(steps, "last")
    assert _close(got, 0.8), f"expected 0.8, got {got}"
    got = aggregate(steps, "prod")
    expected = math.log(0.9 * 0.5 * 0.8)
    assert _close(got, expected), f"expected {expected}, got {got}"
    got = aggregate([0.5, 0.5], "prod")
    assert _close(got, math.log(0.25)), f"expected {math.log(0.25)}, got {got}"


def test_prod_no_underflow():
    """长解答的乘积会下溢为 0 时，对数域仍能区分"""
    long_sol = [0.5] * 2000
    shorter = [0.5] * 1500
    got = aggregate(long_sol, "prod")
    expected = 2000 * math.log(0.5)
    assert _close(got, expected), f"expected {expected}, got {got}"
    got = select_best([long_sol, shorter], "prod")
    assert got == 1, f"expected 1 (fewer halvings), got {got}"


def test_zero_step_score():
    """某一步为 0 时 prod 为 -inf，该解答不会被选中"""
    got = aggregate([0.9, 0.0, 0.9], "prod")
    assert got == -math.inf, f"expected -inf, got {got}"
    got = select_best([[0.9, 0.0, 0.9], [0.1, 0.1]], "prod")
    assert got == 1, f"expected 1, got {got}"


def test_ties_lowest_index():
    """聚合分数并列时取最小下标"""
    cands = [[0.2, 0.7], [0.9, 0.7], [0.7]]
    got = select_best(cands, "last")
    assert got == 0, f"expected 0, got {got}"
    got = select_best([[0.6, 0.9], [0.9, 0.6]], "min")
    assert got == 0, f"expected 0, got {got}"


def test_invalid_input_raises():
    """空候选、空步骤、分数越界或未知规则时抛出 ValueError"""
    calls = [
        (select_best, ([], "min")),
        (select_best, ([[0.5], []], "min")),
        (aggregate, ([], "last")),
        (aggregate, ([0.5, 1.2], "min")),
        (aggregate, ([0.5, -0.1], "prod")),
        (aggregate, ([0.5], "mean")),
    ]
    for fn, args in calls:
        try:
            fn(*args)
        except ValueError:
            continue
        assert False, f"expected ValueError from {fn.__name__}{args}"
