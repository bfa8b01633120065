import math
from collections import Counter


def bm25_scores(query: list[str], docs: list[list[str]], k1: float = 1.5, b: float = 0.75) -> list[float]:
    """BM25 score per document; IDF = ln((N - n + 0.5) / (n + 0.5) + 1).

    Every query token contributes, so a repeated query token counts again.
    """
    # Naive version: raw term-frequency overlap, no IDF, no saturation, no length norm.
    scores = []
    for doc in docs:
        tf = Counter(doc)
        scores.append(float(sum(tf[t] for t in query)))
    return scores


def bm25_rank(query: list[str], docs: list[list[str]], k1: float = 1.5, b: float = 0.75) -> list[int]:
    """Indices of all documents sorted by score (descending); ties by lower index."""
    scores = bm25_scores(query, docs, k1, b)
    return sorted(range(len(docs)), key=lambda i: (-scores[i], i))
