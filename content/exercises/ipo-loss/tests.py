import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def test_readme_example():
    """示例：tau=0.5 时 h=2 的损失为 1，h=1 的损失为 0"""
    got = ipo_loss([-10.0], [-13.0], [-11.0], [-12.0], tau=0.5)
    assert _close(got, 1.0), f"expected 1.0, got {got}"
    got0 = ipo_loss([-10.0], [-12.0], [-10.5], [-11.5], tau=0.5)
    assert _close(got0, 0.0), f"expected 0.0, got {got0}"


def test_overshoot_is_penalised():
    """h 超过目标 1/(2*tau) 也有正损失，且梯度为正"""
    tau = 0.25  # target 2.0
    # h = 6 (overshoot by 4) and h = -2 (short by 4) give the same loss
    over = ipo_loss([0.0], [-6.0], [0.0], [0.0], tau=tau)
    under = ipo_loss([0.0], [2.0], [0.0], [0.0], tau=tau)
    assert _close(over, 16.0), f"expected 16.0, got {over}"
    assert _close(under, 16.0), f"expected 16.0, got {under}"
    g = ipo_grad_h(6.0, tau)
    assert _close(g, 8.0), f"expected 8.0, got {g}"
    g_under = ipo_grad_h(-2.0, tau)
    assert _close(g_under, -8.0), f"expected -8.0, got {g_under}"


def test_grad_zero_at_target():
    """梯度在目标处为 0"""
    for tau in (0.1, 0.5, 2.0):
        g = ipo_grad_h(1.0 / (2.0 * tau), tau)
        assert _close(g, 0.0), f"expected 0.0 for tau={tau}, got {g}"


def test_batch_mean():
    """batch 上取平均"""
    # tau = 1 -> target 0.5; h values: 0.5, 1.5, -0.5 -> losses 0, 1, 1
    got = ipo_loss([-1.0, -1.0, -2.0], [-1.5, -2.5, -1.5], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0], tau=1.0)
    assert _close(got, 2.0 / 3.0), f"expected {2.0 / 3.0}, got {got}"


def test_large_logps_exact():
    """对数概率在 -5000 量级时结果仍准确"""
    # log-ratios +0.75 and -0.25 -> h = 1.0, tau = 0.1 -> target 5 -> loss 16
    got = ipo_loss([-5000.25], [-4200.75], [-5001.0], [-4200.5], tau=0.1)
    assert _close(got, 16.0), f"expected 16.0, got {got}"


def test_invalid_input_raises():
    """空 batch、长度不一致或 tau <= 0 时抛出 ValueError"""
    bad_calls = [
        (([], [], [], []), 0.5),
        (([-1.0], [-1.0, -2.0], [-1.0], [-1.0]), 0.5),
        (([-1.0], [-2.0], [-1.0], [-2.0]), 0.0),
        (([-1.0], [-2.0], [-1.0], [-2.0]), -0.1),
    ]
    for args, tau in bad_calls:
        try:
            ipo_loss(*args, tau=tau)
        except ValueError:
            continue
        assert False, f"expected ValueError for args={args}, tau={tau}"
    try:
        ipo_grad_h(1.0, 0.0)
    except ValueError:
        pass
    else:
        assert False, "expected ValueError from ipo_grad_h with tau=0"
