def detect_contamination(benchmark, corpus, n=13):
    """Return (flagged indices, per-item overlap ratios); see the task description."""
    # First draft: glue the corpus into one string and look for each n-gram as a substring.
    big = " ".join(corpus).lower()
    flagged, ratios = [], []
    for idx, item in enumerate(benchmark):
        toks = item.lower().split()
        grams = [" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)]
        hits = sum(1 for g in grams if g in big)
        ratios.append(hits / len(grams) if grams else 0.0)
        if hits:
            flagged.append(idx)
    return flagged, ratios
