import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _run(ratios, advs, eps=0.2):
    # Build log-probs whose ratio exp(new - old) equals the given ratios.
    old = [-1.0] * len(ratios)
    new = [-1.0 + math.log(r) for r in ratios]
    return ppo_clip_loss(new, old, advs, eps)


def test_readme_example():
    """示例：四个 token 的 loss 为 0.15，clip fraction 为 0.5"""
    loss, frac = _run([1.5, 0.5, 0.5, 1.5], [1.0, 1.0, -1.0, -1.0])
    assert _close(loss, 0.15), f"expected loss 0.15, got {loss}"
    assert _close(frac, 0.5), f"expected clip fraction 0.5, got {frac}"


def test_on_policy_ratio_one():
    """新旧 logprob 相同（比值为 1）时 loss = -mean(A)，没有 token 被裁剪"""
    logp = [-0.3, -2.0, -0.7]
    loss, frac = ppo_clip_loss(logp, list(logp), [2.0, -1.0, 0.5])
    assert _close(loss, -0.5), f"expected loss -0.5, got {loss}"
    assert frac == 0.0, f"expected clip fraction 0.0, got {frac}"


def test_positive_advantage_capped():
    """A>0 且比值超过 1+eps：目标被封顶在 (1+eps)·A，这个 token 计入 clip fraction"""
    loss, frac = _run([3.0], [2.0])
    assert _close(loss, -2.4), f"expected loss -2.4, got {loss}"
    assert frac == 1.0, f"expected clip fraction 1.0, got {frac}"


def test_pessimistic_side_not_clipped():
    """变差的方向不裁剪：A>0 比值 0.5 得 0.5·A；A<0 比值 3 得 3·A"""
    loss, frac = _run([0.5], [1.0])
    assert _close(loss, -0.5), f"expected loss -0.5, got {loss}"
    assert frac == 0.0, f"expected clip fraction 0.0, got {frac}"
    loss, frac = _run([3.0], [-1.0])
    assert _close(loss, 3.0), f"expected loss 3.0, got {loss}"
    assert frac == 0.0, f"expected clip fraction 0.0, got {frac}"


def test_negative_advantage_floor():
    """A<0 且比值低于 1-eps：目标固定为 (1-eps)·A，计入 clip fraction"""
    loss, frac = _run([0.1, 0.5], [-2.0, -2.0], eps=0.3)
    assert _close(loss, 1.4), f"expected loss 1.4, got {loss}"
    assert frac == 1.0, f"expected clip fraction 1.0, got {frac}"


def test_zero_advantage_and_inside_band():
    """A=0 的 token 贡献 0 且不算裁剪；比值在 [1-eps, 1+eps] 内不裁剪"""
    loss, frac = _run([5.0, 1.1, 0.9], [0.0, 1.0, -1.0])
    assert _close(loss, -(0.0 + 1.1 - 0.9) / 3), f"expected loss {-(0.2) / 3}, got {loss}"
    assert frac == 0.0, f"expected clip fraction 0.0, got {frac}"


def test_empty_and_mismatch():
    """空输入返回 (0.0, 0.0)；长度不一致抛出 ValueError"""
    got = ppo_clip_loss([], [], [])
    assert got == (0.0, 0.0), f"expected (0.0, 0.0), got {got}"
    try:
        ppo_clip_loss([-1.0, -2.0], [-1.0], [1.0, 1.0])
    except ValueError:
        return
    raise AssertionError("expected ValueError for mismatched lengths")
