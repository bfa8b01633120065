import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def test_readme_example():
    """示例：margin 为 1.0 时的损失与 margin"""
    loss, margin = dpo_loss([-10.0], [-12.0], [-11.0], [-11.0], beta=0.5)
    expected = math.log1p(math.exp(-1.0))
    assert _close(margin, 1.0), f"expected margin 1.0, got {margin}"
    assert _close(loss, expected), f"expected loss {expected}, got {loss}"


def test_policy_equals_reference():
    """策略与参考模型相同：损失为 log 2，margin 为 0"""
    pc, pr = [-30.0, -7.5, -120.0], [-25.0, -9.0, -80.0]
    loss, margin = dpo_loss(pc, pr, pc, pr, beta=0.3)
    assert _close(loss, math.log(2.0)), f"expected {math.log(2.0)}, got {loss}"
    assert _close(margin, 0.0), f"expected 0.0, got {margin}"


def test_large_values_stable():
    """对数概率和 margin 都很大时不溢出"""
    # chosen log-ratio -1000, rejected log-ratio +1000, beta=1 -> margin -2000
    loss, margin = dpo_loss([-6000.0], [-4000.0], [-5000.0], [-5000.0], beta=1.0)
    assert _close(margin, -2000.0), f"expected margin -2000.0, got {margin}"
    assert _close(loss, 2000.0), f"expected loss 2000.0, got {loss}"
    loss2, margin2 = dpo_loss([-4000.0], [-6000.0], [-5000.0], [-5000.0], beta=1.0)
    assert 0.0 <= loss2 < 1e-12, f"expected ~0.0, got {loss2}"


def test_batch_mean_and_beta_scaling():
    """batch 取平均；margin 随 beta 线性缩放"""
    args = ([-10.0, -20.0], [-12.0, -18.0], [-11.0, -20.0], [-11.0, -20.0])
    # log-ratio differences: (1) - (-1) = 2 and (0) - (2) = -2
    loss, margin = dpo_loss(*args, beta=0.5)
    expected_loss = (math.log1p(math.exp(-1.0)) + math.log1p(math.exp(1.0))) / 2
    assert _close(margin, 0.0), f"expected mean margin 0.0, got {margin}"
    assert _close(loss, expected_loss), f"expected {expected_loss}, got {loss}"
    _, m1 = dpo_loss([-10.0], [-12.0], [-11.0], [-11.0], beta=0.1)
    _, m2 = dpo_loss([-10.0], [-12.0], [-11.0], [-11.0], beta=0.4)
    assert _close(m2, 4 * m1), f"expected margin {4 * m1}, got {m2}"


def test_swap_identity():
    """交换 chosen/rejected 后损失之差等于 margin"""
    pc, pr, rc, rr = [-42.0], [-47.5], [-44.0], [-45.0]
    loss, margin = dpo_loss(pc, pr, rc, rr, beta=0.2)
    loss_swapped, margin_swapped = dpo_loss(pr, pc, rr, rc, beta=0.2)
    assert _close(margin_swapped, -margin), f"expected {-margin}, got {margin_swapped}"
    assert _close(loss_swapped - loss, margin), f"expected {margin}, got {loss_swapped - loss}"


def test_invalid_input_raises():
    """空 batch、长度不一致或 beta <= 0 时抛出 ValueError"""
    bad_calls = [
        (([], [], [], []), 0.1),
        (([-1.0, -2.0], [-1.0], [-1.0, -2.0], [-1.0, -2.0]), 0.1),
        (([-1.0], [-2.0], [-1.0], [-2.0]), 0.0),
    ]
    for args, beta in bad_calls:
        try:
            dpo_loss(*args, beta=beta)
        except ValueError:
            continue
        assert False, f"expected ValueError for args={args}, beta={beta}"
