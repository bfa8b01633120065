import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def test_readme_example():
    """示例：分差为 [1, -1] 时的平均损失"""
    got = bt_loss([2.0, 0.5], [1.0, 1.5])
    expected = (math.log1p(math.exp(-1.0)) + math.log1p(math.exp(1.0))) / 2
    assert _close(got, expected), f"expected {expected}, got {got}"


def test_zero_margin_is_log2():
    """分差为 0 时损失等于 log 2"""
    got = bt_loss([0.3, -2.0], [0.3, -2.0])
    assert _close(got, math.log(2.0)), f"expected {math.log(2.0)}, got {got}"


def test_large_margins_stable():
    """分差 ±1000 时不溢出：-1000 约为 1000，+1000 约为 0"""
    got_bad = bt_loss([0.0], [1000.0])
    assert _close(got_bad, 1000.0), f"expected 1000.0, got {got_bad}"
    got_good = bt_loss([1000.0], [0.0])
    assert 0.0 <= got_good < 1e-12, f"expected ~0.0, got {got_good}"
    got_mix = bt_loss([1000.0, 0.0], [0.0, 1000.0])
    assert _close(got_mix, 500.0), f"expected 500.0, got {got_mix}"


def test_shift_invariance():
    """所有分数加同一常数，损失和准确率都不变"""
    rc, rr = [0.2, 1.5, -0.7], [0.9, 1.0, -0.7]
    base_loss, base_acc = bt_loss(rc, rr), pairwise_accuracy(rc, rr)
    shifted_loss = bt_loss([x + 50.0 for x in rc], [x + 50.0 for x in rr])
    shifted_acc = pairwise_accuracy([x + 50.0 for x in rc], [x + 50.0 for x in rr])
    assert _close(shifted_loss, base_loss), f"expected {base_loss}, got {shifted_loss}"
    assert _close(shifted_acc, base_acc), f"expected {base_acc}, got {shifted_acc}"


def test_accuracy_ties_count_half():
    """准确率：平局记 0.5 分"""
    got = pairwise_accuracy([1.0, 2.0, 3.0, 0.0], [1.0, 1.0, 2.0, 1.0])
    assert _close(got, 0.625), f"expected 0.625, got {got}"
    got_all_tie = pairwise_accuracy([4.0, 4.0], [4.0, 4.0])
    assert _close(got_all_tie, 0.5), f"expected 0.5, got {got_all_tie}"


def test_invalid_input_raises():
    """空输入或长度不一致时抛出 ValueError"""
    for fn in (bt_loss, pairwise_accuracy):
        for args in (([], []), ([1.0, 2.0], [0.5])):
            try:
                fn(*args)
            except ValueError:
                continue
            assert False, f"expected ValueError from {fn.__name__}{args}"
