import math
import random


def _close(a, b, rel=1e-6):
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)


def _two_pass(xs):
    # Reference statistics: mean first, then squared deviations (population variance).
    m = sum(xs) / len(xs)
    return m, sum((x - m) ** 2 for x in xs) / len(xs)


def _stats_of(xs):
    s = RunningStats()
    s.update_batch(xs)
    return s


def _noisy_rewards(n, offset, seed):
    rng = random.Random(seed)
    return [offset + rng.gauss(0.0, 1.0) for _ in range(n)]


def test_readme_example():
    """示例：[1, 2, 3, 4] 的均值 2.5、总体方差 1.25"""
    s = _stats_of([1.0, 2.0, 3.0, 4.0])
    assert s.count == 4, f"expected count 4, got {s.count}"
    assert _close(s.mean, 2.5), f"expected mean 2.5, got {s.mean}"
    assert _close(s.variance(), 1.25), f"expected variance 1.25, got {s.variance()}"


def test_empty_and_single():
    """空统计量均值、方差为 0；只有一个样本时方差为 0"""
    s = RunningStats()
    assert s.count == 0 and s.mean == 0.0 and s.variance() == 0.0, "expected zeros for empty stats"
    s.update(-3.5)
    assert _close(s.mean, -3.5) and s.variance() == 0.0, f"expected (-3.5, 0.0), got {(s.mean, s.variance())}"


def test_large_offset_stable():
    """reward = 1e9 + 标准正态噪声时，均值和方差与两遍算法一致（朴素平方和会失效）"""
    xs = _noisy_rewards(2000, 1e9, seed=0)
    m, v = _two_pass(xs)
    s = _stats_of(xs)
    assert _close(s.mean, m, rel=1e-12), f"expected mean {m}, got {s.mean}"
    assert _close(s.variance(), v, rel=1e-6), f"expected variance {v}, got {s.variance()}"


def test_merge_matches_single_pass():
    """把数据分成两段分别统计再 merge，结果与一次性统计相同"""
    xs = _noisy_rewards(300, 5.0, seed=1)
    a, b = _stats_of(xs[:120]), _stats_of(xs[120:])
    merged = a.merge(b)
    m, v = _two_pass(xs)
    assert merged.count == 300, f"expected count 300, got {merged.count}"
    assert _close(merged.mean, m), f"expected mean {m}, got {merged.mean}"
    assert _close(merged.variance(), v), f"expected variance {v}, got {merged.variance()}"


def test_merge_large_offset_and_empty():
    """大偏移下 merge 仍准确；与空统计量 merge 不改变结果，且不修改输入"""
    xs = _noisy_rewards(1000, 1e9, seed=2)
    a, b = _stats_of(xs[:10]), _stats_of(xs[10:])
    merged = a.merge(b)
    m, v = _two_pass(xs)
    assert _close(merged.variance(), v, rel=1e-6), f"expected variance {v}, got {merged.variance()}"
    assert a.count == 10 and b.count == 990, f"merge must not modify inputs, got counts {a.count}, {b.count}"
    for got in (a.merge(RunningStats()), RunningStats().merge(a)):
        assert got.count == 10 and _close(got.mean, a.mean) and _close(got.variance(), a.variance()), (
            f"expected {(10, a.mean, a.variance())}, got {(got.count, got.mean, got.variance())}"
        )


def test_normalize_rewards():
    """用统计量归一化 reward 后均值约为 0、标准差约为 1"""
    xs = _noisy_rewards(500, 1e9, seed=3)
    s = _stats_of(xs)
    zs = [s.normalize(x) for x in xs]
    zm, zv = _two_pass(zs)
    assert abs(zm) < 1e-6, f"expected mean ~0, got {zm}"
    assert _close(math.sqrt(zv), 1.0, rel=1e-6), f"expected std ~1, got {math.sqrt(zv)}"
