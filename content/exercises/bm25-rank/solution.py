import math
from collections import Counter


def bm25_scores(query: list[str], docs: list[list[str]], k1: float = 1.5, b: float = 0.75) -> list[float]:
    """BM25 score of every document for the query (repeated query tokens count each time)."""
    n_docs = len(docs)
    if n_docs == 0:
        return []
    avgdl = sum(len(d) for d in docs) / n_docs
    tfs = [Counter(d) for d in docs]
    # Document frequency: in how many documents each term appears at least once.
    df = Counter()
    for tf in tfs:
        df.update(tf.keys())

    scores = []
    for doc, tf in zip(docs, tfs):
        # With avgdl == 0 every document is empty, every tf is 0 and the score is 0;
        # the guard only avoids 0 / 0 in the length ratio.
        length_ratio = len(doc) / avgdl if avgdl > 0 else 0.0
        norm = k1 * (1 - b + b * length_ratio)
        score = 0.0
        for term in query:
            f = tf.get(term, 0)
            if f == 0:
                continue
            n = df[term]
            idf = math.log((n_docs - n + 0.5) / (n + 0.5) + 1)   # the "+1" keeps it positive
            score += idf * f * (k1 + 1) / (f + norm)
        scores.append(score)
    return scores


def bm25_rank(query: list[str], docs: list[list[str]], k1: float = 1.5, b: float = 0.75) -> list[int]:
    """All document indices, best score first; equal scores keep the lower index first."""
    scores = bm25_scores(query, docs, k1, b)
    return sorted(range(len(docs)), key=lambda i: (-scores[i], i))
