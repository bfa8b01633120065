def calibration_bins(confidences, correct, n_bins=10):
    """Non-empty equal-width bins as (bin_index, count, mean_confidence, accuracy).

    Bin b covers [b/M, (b+1)/M); confidence 1.0 belongs to the last bin.
    ValueError on empty / mismatched input, confidence outside [0, 1], or n_bins < 1.
    """
    stats = {}
    for c, y in zip(confidences, correct):
        b = int(c * n_bins)  # bug: c = 1.0 gives b = n_bins
        n, sc, sy = stats.get(b, (0, 0.0, 0.0))
        stats[b] = (n + 1, sc + c, sy + y)
    return [(b, n, sc / n, sy / n) for b, (n, sc, sy) in sorted(stats.items())]


def expected_calibration_error(confidences, correct, n_bins=10):
    """ECE = sum over non-empty bins of |B|/n * |acc(B) - conf(B)|."""
    bins = calibration_bins(confidences, correct, n_bins)
    # bug: unweighted mean over bins instead of weighting by bin size
    return sum(abs(acc - conf) for _, _, conf, acc in bins) / len(bins)
