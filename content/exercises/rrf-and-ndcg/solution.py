import math


def rrf(rankings: list[list], k: int = 60) -> list[tuple]:
    """Reciprocal rank fusion: score(d) = sum over rankings of 1 / (k + rank), rank from 1."""
    scores = {}
    for ranking in rankings:
        seen = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc in seen:
                continue            # a duplicate inside one list only counts at its best rank
            seen.add(doc)
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank)
    # Best fused score first; ties by ascending document id for a deterministic order.
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def dcg_at_k(gains: list[float], k: int) -> float:
    """Sum of (2^rel - 1) / log2(i + 1) over the first k positions (i starts at 1)."""
    return sum((2 ** rel - 1) / math.log2(i + 1) for i, rel in enumerate(gains[:k], start=1))


def ndcg_at_k(ranked: list, relevance: dict, k: int) -> float:
    """NDCG@k with exponential gain; 0.0 when the query has no relevant document."""
    got = dcg_at_k([relevance.get(doc, 0) for doc in ranked], k)
    # The ideal list comes from ALL judged documents, not only the retrieved ones.
    ideal = dcg_at_k(sorted(relevance.values(), reverse=True), k)
    return got / ideal if ideal > 0 else 0.0
