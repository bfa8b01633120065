import math

NINF = float("-inf")


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def test_readme_example():
    """示例：概率 [0.5, 0.3, 0.15, 0.05] 的熵约 1.1421 nats，top-p=0.9 的 nucleus 为 3 个、质量 0.95"""
    logits = [math.log(x) for x in (0.5, 0.3, 0.15, 0.05)]
    h = entropy_from_logits(logits)
    expected = -sum(x * math.log(x) for x in (0.5, 0.3, 0.15, 0.05))
    assert _close(h, expected), f"expected {expected}, got {h}"
    size, mass = top_p_nucleus(logits, 0.9)
    assert size == 3 and _close(mass, 0.95), f"expected (3, 0.95), got {(size, mass)}"


def test_uniform_and_large_logits():
    """均匀分布的熵为 log n；logits 整体为 1000 时不溢出、结果不变"""
    h = entropy_from_logits([0.0] * 8)
    assert _close(h, math.log(8)), f"expected {math.log(8)}, got {h}"
    h = entropy_from_logits([1000.0, 1000.0, 1000.0])
    assert _close(h, math.log(3)), f"expected {math.log(3)}, got {h}"


def test_masked_tokens_entropy():
    """-inf（被 mask）的 token 不贡献熵，不能出现 NaN"""
    h = entropy_from_logits([0.0, NINF, 0.0, NINF])
    assert _close(h, math.log(2)), f"expected {math.log(2)}, got {h}"
    h = entropy_from_logits([5.0, NINF])
    assert h == 0.0, f"expected 0.0 for a one-hot distribution, got {h}"


def test_near_deterministic_entropy():
    """一个 logit 远大于其余时熵非负且极小（[1000, 0] 约为 0）"""
    h = entropy_from_logits([1000.0, 0.0])
    assert 0.0 <= h < 1e-300, f"expected ~0.0, got {h}"
    h = entropy_from_logits([30.0, 0.0, 0.0])
    expected = 2 * math.exp(-30) * (1 + 30)  # first-order expansion, accurate here
    assert math.isclose(h, expected, rel_tol=1e-3), f"expected about {expected}, got {h}"


def test_nucleus_boundaries():
    """累计概率恰好等于 p 时就停（0.5 -> 1 个，0.8 -> 2 个），与输入顺序无关"""
    probs = (0.15, 0.5, 0.05, 0.3)
    logits = [math.log(x) for x in probs]
    size, mass = top_p_nucleus(logits, 0.5)
    assert size == 1 and _close(mass, 0.5), f"expected (1, 0.5), got {(size, mass)}"
    size, mass = top_p_nucleus(logits, 0.8)
    assert size == 2 and _close(mass, 0.8), f"expected (2, 0.8), got {(size, mass)}"
    size, mass = top_p_nucleus(logits, 0.0001)
    assert size == 1 and _close(mass, 0.5), f"expected (1, 0.5), got {(size, mass)}"


def test_nucleus_p_one_skips_masked():
    """p=1 时 nucleus 包含全部非零概率 token，但不含被 mask 的 token（浮点和不足 1 也要停）"""
    logits = [0.0] * 10 + [NINF, NINF]
    size, mass = top_p_nucleus(logits, 1.0)
    assert size == 10 and _close(mass, 1.0), f"expected (10, 1.0), got {(size, mass)}"


def test_invalid_arguments():
    """p 不在 (0, 1] 内或 logits 为空时抛出 ValueError"""
    for args in (([0.0, 1.0], 0.0), ([0.0, 1.0], 1.5), ([], 0.9)):
        try:
            top_p_nucleus(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for top_p_nucleus{args}")
    try:
        entropy_from_logits([])
    except ValueError:
        return
    raise AssertionError("expected ValueError for entropy_from_logits([])")
