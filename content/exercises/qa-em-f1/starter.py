def normalize_answer(s: str) -> str:
    """Lowercase, remove ASCII punctuation, remove the articles a/an/the, collapse whitespace."""
    # Naive version: only lowercases and strips.
    return s.lower().strip()


def exact_match(prediction: str, golds: list[str]) -> float:
    """1.0 if the normalised prediction equals any normalised gold answer, else 0.0."""
    return 1.0 if any(normalize_answer(prediction) == normalize_answer(g) for g in golds) else 0.0


def token_f1(prediction: str, golds: list[str]) -> float:
    """Token-level F1 after normalisation, max over gold answers (0.0 if golds is empty)."""
    # Naive version: set overlap against the first gold answer only.
    pred = set(normalize_answer(prediction).split())
    gold = set(normalize_answer(golds[0]).split())
    same = len(pred & gold)
    if same == 0:
        return 0.0
    p, r = same / len(pred), same / len(gold)
    return 2 * p * r / (p + r)
