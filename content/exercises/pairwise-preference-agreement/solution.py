from collections import Counter

LABELS = ("A", "B", "tie")


def _validate(labels_1, labels_2):
    if not labels_1:
        raise ValueError("need at least one labelled item")
    if len(labels_1) != len(labels_2):
        raise ValueError("both annotators must label the same items")
    for lab in list(labels_1) + list(labels_2):
        if lab not in LABELS:
            raise ValueError(f"unknown label {lab!r}")


def raw_agreement(labels_1, labels_2):
    """Fraction of items on which the two annotators gave the same label ('A', 'B' or 'tie').

    Raises ValueError on empty / mismatched input or an unknown label.
    """
    _validate(labels_1, labels_2)
    same = sum(1 for a, b in zip(labels_1, labels_2) if a == b)
    return same / len(labels_1)


def cohens_kappa(labels_1, labels_2):
    """Cohen's kappa (p_o - p_e) / (1 - p_e) with p_e from each annotator's own label frequencies.

    Returns 1.0 when p_e == 1. Raises ValueError on empty / mismatched input or an unknown label.
    """
    p_o = raw_agreement(labels_1, labels_2)  # also validates
    n = len(labels_1)
    c1, c2 = Counter(labels_1), Counter(labels_2)
    # Chance agreement: both annotators label independently with their own habits.
    p_e = sum((c1[k] / n) * (c2[k] / n) for k in LABELS)
    if p_e >= 1.0:
        # Both used one single identical label throughout, so p_o == 1 as well (0/0).
        return 1.0
    return (p_o - p_e) / (1.0 - p_e)
