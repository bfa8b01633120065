import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def test_readme_example():
    """示例：分箱结果与按样本数加权的 ECE"""
    conf = [0.95, 0.95, 0.95, 0.95, 0.15, 0.15]
    corr = [1, 1, 1, 0, 0, 0]
    bins = calibration_bins(conf, corr)
    assert [b[:2] for b in bins] == [(1, 2), (9, 4)], f"expected bins 1 and 9 with counts 2 and 4, got {bins}"
    assert _close(bins[0][2], 0.15) and _close(bins[0][3], 0.0), f"bad bin 1: {bins[0]}"
    assert _close(bins[1][2], 0.95) and _close(bins[1][3], 0.75), f"bad bin 9: {bins[1]}"
    got = expected_calibration_error(conf, corr)
    expected = 2 / 6 * 0.15 + 4 / 6 * 0.2
    assert _close(got, expected), f"expected {expected}, got {got}"


def test_boundaries_zero_and_one():
    """置信度 0.0 进第一箱，1.0 进最后一箱"""
    bins = calibration_bins([0.0, 1.0, 1.0], [False, True, False], n_bins=5)
    idx = [b[0] for b in bins]
    assert idx == [0, 4], f"expected bins [0, 4], got {idx}"
    # overconfident verifier: always 1.0 but right only half the time
    got = expected_calibration_error([1.0] * 4, [1, 0, 1, 0])
    assert _close(got, 0.5), f"expected 0.5, got {got}"


def test_empty_bins_skipped():
    """空箱被跳过，只返回非空箱"""
    conf = [0.05, 0.07, 0.55, 0.58, 0.62]
    corr = [0, 0, 1, 0, 1]
    bins = calibration_bins(conf, corr, n_bins=10)
    idx = [b[0] for b in bins]
    assert idx == [0, 5, 6], f"expected non-empty bins [0, 5, 6], got {idx}"
    total = sum(b[1] for b in bins)
    assert total == 5, f"expected counts to sum to 5, got {total}"


def test_perfect_calibration_is_zero():
    """完美校准时 ECE 为 0"""
    conf = [0.25] * 4 + [0.75] * 4
    corr = [1, 0, 0, 0] + [1, 1, 1, 0]
    got = expected_calibration_error(conf, corr)
    assert _close(got, 0.0), f"expected 0.0, got {got}"


def test_single_bin():
    """n_bins=1 时 ECE 等于 |平均置信度 - 准确率|"""
    conf = [0.9, 0.6, 0.3, 0.8]
    corr = [True, False, False, True]
    got = expected_calibration_error(conf, corr, n_bins=1)
    expected = abs(sum(conf) / 4 - 0.5)
    assert _close(got, expected), f"expected {expected}, got {got}"


def test_invalid_input_raises():
    """空输入、长度不一致、置信度越界或 n_bins < 1 时抛出 ValueError"""
    calls = [
        (([], []), {}),
        (([0.5, 0.6], [1]), {}),
        (([1.2], [1]), {}),
        (([-0.1], [0]), {}),
        (([0.5], [1]), {"n_bins": 0}),
    ]
    for fn in (calibration_bins, expected_calibration_error):
        for args, kwargs in calls:
            try:
                fn(*args, **kwargs)
            except ValueError:
                continue
            assert False, f"expected ValueError from {fn.__name__}{args} {kwargs}"
