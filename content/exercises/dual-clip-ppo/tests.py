import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _run(ratios, advs, **kw):
    # Build log-probs whose ratio exp(new - old) equals the given ratios.
    old = [-2.0] * len(ratios)
    new = [-2.0 + math.log(r) for r in ratios]
    return dual_clip_ppo_loss(new, old, advs, **kw)


def test_readme_example():
    """示例：五个 token 的 loss 为 0.92，下界生效比例为 0.2"""
    loss, frac = _run([10.0, 2.0, 0.5, 10.0, 1.0], [-1.0, -1.0, -1.0, 1.0, 0.0])
    assert _close(loss, 0.92), f"expected loss 0.92, got {loss}"
    assert _close(frac, 0.2), f"expected lower-clip fraction 0.2, got {frac}"


def test_negative_advantage_huge_ratio_bounded():
    """A<0 且比值远大于 c：目标被限制在 c·A，而不是 ratio·A"""
    loss, frac = _run([50.0], [-2.0], c=3.0)
    assert _close(loss, 6.0), f"expected loss 6.0 (= -c*A), got {loss}"
    assert frac == 1.0, f"expected lower-clip fraction 1.0, got {frac}"


def test_negative_advantage_below_c_unchanged():
    """A<0 且 1+eps < 比值 < c：和普通 PPO 一样取 ratio·A，下界不生效"""
    loss, frac = _run([2.5], [-1.0], c=3.0)
    assert _close(loss, 2.5), f"expected loss 2.5, got {loss}"
    assert frac == 0.0, f"expected lower-clip fraction 0.0, got {frac}"
    loss, _ = _run([0.3], [-1.0])
    assert _close(loss, 0.8), f"expected loss 0.8 (= -(1-eps)*A), got {loss}"


def test_positive_advantage_untouched():
    """A>0 的 token 不受 c 影响：比值 10 时仍封顶在 (1+eps)·A，比值 0.5 时为 0.5·A"""
    loss, frac = _run([10.0, 0.5], [2.0, 2.0], c=3.0)
    assert _close(loss, -(2.4 + 1.0) / 2), f"expected loss {-(2.4 + 1.0) / 2}, got {loss}"
    assert frac == 0.0, f"expected lower-clip fraction 0.0, got {frac}"


def test_asymmetric_clip():
    """非对称裁剪：eps_high=0.28 时 A>0 的上界为 1.28，eps_low=0.1 时 A<0 的下沿为 0.9"""
    loss, _ = _run([1.5, 0.5], [1.0, -1.0], eps_low=0.1, eps_high=0.28)
    assert _close(loss, -(1.28 - 0.9) / 2), f"expected loss {-(1.28 - 0.9) / 2}, got {loss}"


def test_bounded_loss_for_stale_tokens():
    """比值再大，A<0 token 的 loss 也不超过 c·|A|；zero advantage 贡献 0"""
    ratios = [1e3, 1e6, 1e9]
    loss, frac = _run(ratios, [-0.5, -0.5, 0.0], c=2.0)
    assert _close(loss, (1.0 + 1.0 + 0.0) / 3), f"expected loss {2 / 3}, got {loss}"
    assert _close(frac, 2 / 3), f"expected lower-clip fraction {2 / 3}, got {frac}"


def test_invalid_arguments():
    """c<=1 或长度不一致时抛出 ValueError；空输入返回 (0.0, 0.0)"""
    for kw in ({"c": 1.0}, {"c": 0.5}):
        try:
            dual_clip_ppo_loss([-1.0], [-1.0], [-1.0], **kw)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {kw}")
    try:
        dual_clip_ppo_loss([-1.0, -1.0], [-1.0], [1.0, 1.0])
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError for mismatched lengths")
    got = dual_clip_ppo_loss([], [], [])
    assert got == (0.0, 0.0), f"expected (0.0, 0.0), got {got}"
