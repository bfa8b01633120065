def _validate(confidences, correct, n_bins):
    if not confidences:
        raise ValueError("need at least one prediction")
    if len(confidences) != len(correct):
        raise ValueError("confidences and correct must have the same length")
    if n_bins < 1:
        raise ValueError("n_bins must be at least 1")
    for c in confidences:
        if not 0.0 <= c <= 1.0:
            raise ValueError(f"confidence {c} outside [0, 1]")


def calibration_bins(confidences, correct, n_bins=10):
    """Non-empty equal-width bins as (bin_index, count, mean_confidence, accuracy).

    Bin b covers [b/M, (b+1)/M); confidence 1.0 belongs to the last bin.
    ValueError on empty / mismatched input, confidence outside [0, 1], or n_bins < 1.
    """
    _validate(confidences, correct, n_bins)
    count = [0] * n_bins
    conf_sum = [0.0] * n_bins
    hit_sum = [0.0] * n_bins
    for c, y in zip(confidences, correct):
        b = min(int(c * n_bins), n_bins - 1)  # clamp so that c == 1.0 lands in the last bin
        count[b] += 1
        conf_sum[b] += c
        hit_sum[b] += 1.0 if y else 0.0
    return [
        (b, count[b], conf_sum[b] / count[b], hit_sum[b] / count[b])
        for b in range(n_bins)
        if count[b] > 0  # empty bins carry no weight and have no accuracy
    ]


def expected_calibration_error(confidences, correct, n_bins=10):
    """ECE = sum over non-empty bins of |B|/n * |acc(B) - conf(B)|."""
    bins = calibration_bins(confidences, correct, n_bins)
    n = len(confidences)
    # Weight each bin by its share of all samples, not equally.
    return sum(cnt / n * abs(acc - conf) for _, cnt, conf, acc in bins)
