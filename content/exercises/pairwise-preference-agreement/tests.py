import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


A = ["A", "A", "B", "B", "tie", "A", "B", "A"]
B = ["A", "B", "B", "B", "tie", "A", "A", "A"]


def test_readme_example():
    """示例：原始一致率 0.75，kappa = 11/19"""
    got = raw_agreement(A, B)
    assert _close(got, 0.75), f"expected 0.75, got {got}"
    got = cohens_kappa(A, B)
    assert _close(got, 11 / 19), f"expected {11 / 19}, got {got}"


def test_high_agreement_low_kappa():
    """类别不平衡时原始一致率高但 kappa 为负"""
    l1 = ["A"] * 9 + ["B"]
    l2 = ["A"] * 8 + ["B", "A"]
    got = raw_agreement(l1, l2)
    assert _close(got, 0.8), f"expected 0.8, got {got}"
    got = cohens_kappa(l1, l2)
    expected = (0.8 - 0.82) / (1 - 0.82)
    assert _close(got, expected), f"expected {expected}, got {got}"


def test_perfect_and_opposite():
    """完全一致时 kappa 为 1，完全相反时为 -1"""
    l = ["A", "B", "tie", "A", "B"]
    got = cohens_kappa(l, list(l))
    assert _close(got, 1.0), f"expected 1.0, got {got}"
    got = cohens_kappa(["A", "B", "A", "B"], ["B", "A", "B", "A"])
    assert _close(got, -1.0), f"expected -1.0, got {got}"


def test_single_label_convention():
    """两人只用同一个标签（p_e = 1）时约定返回 1.0"""
    got = cohens_kappa(["tie"] * 5, ["tie"] * 5)
    assert _close(got, 1.0), f"expected 1.0, got {got}"
    got = raw_agreement(["tie"] * 5, ["tie"] * 5)
    assert _close(got, 1.0), f"expected 1.0, got {got}"


def test_uses_each_annotators_marginals():
    """机会一致率用两人各自的标签分布"""
    l1 = ["A", "A", "A", "B"]
    l2 = ["A", "B", "B", "B"]
    # p_o = 0.5; p_e = 0.75 * 0.25 + 0.25 * 0.75 = 0.375; kappa = 0.125 / 0.625 = 0.2
    got = cohens_kappa(l1, l2)
    assert _close(got, 0.2), f"expected 0.2, got {got}"


def test_invalid_input_raises():
    """空输入、长度不一致或未知标签时抛出 ValueError"""
    calls = [([], []), (["A", "B"], ["A"]), (["A", "C"], ["A", "B"]), (["a"], ["A"])]
    for fn in (raw_agreement, cohens_kappa):
        for args in calls:
            try:
                fn(*args)
            except ValueError:
                continue
            assert False, f"expected ValueError from {fn.__name__}{args}"
