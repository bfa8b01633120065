def _ngrams(tokens, n):
    """Set of n-grams (as tuples) of one token list; empty if it has fewer than n tokens."""
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def _tokens(text):
    # lower-case, then split on any run of whitespace (spaces, tabs, newlines)
    return text.lower().split()


def detect_contamination(benchmark, corpus, n=13):
    """Flag benchmark items sharing at least one n-gram with the training corpus.

    Returns (flagged, ratios): flagged is the sorted list of item indices with a hit;
    ratios[i] = |G_n(item) & G_n(corpus)| / |G_n(item)| over distinct n-grams
    (0.0 when the item has fewer than n tokens).
    """
    if n <= 0:
        raise ValueError("n must be positive")
    # index the corpus once; n-grams never cross document boundaries
    corpus_grams = set()
    for doc in corpus:
        corpus_grams |= _ngrams(_tokens(doc), n)

    flagged, ratios = [], []
    for idx, item in enumerate(benchmark):
        grams = _ngrams(_tokens(item), n)
        if not grams:
            ratios.append(0.0)
            continue
        hits = len(grams & corpus_grams)
        ratios.append(hits / len(grams))
        if hits:
            flagged.append(idx)
    return flagged, ratios
