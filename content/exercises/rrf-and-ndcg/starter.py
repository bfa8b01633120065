import math


def rrf(rankings: list[list], k: int = 60) -> list[tuple]:
    """Fuse rankings: score(d) = sum of 1 / (k + rank_r(d)), rank starting at 1.

    Return [(doc_id, score), ...] sorted by score descending, ties by ascending doc_id.
    """
    raise NotImplementedError


def ndcg_at_k(ranked: list, relevance: dict, k: int) -> float:
    """NDCG@k with gain 2^rel - 1 and discount log2(i + 1); 0.0 if nothing is relevant.

    relevance maps doc_id -> graded label; unlabelled documents count as 0.
    """
    # Naive version: ideal DCG from re-sorting the retrieved list only.
    def dcg(rels):
        return sum((2 ** r - 1) / math.log2(i + 2) for i, r in enumerate(rels[:k]))

    rels = [relevance.get(d, 0) for d in ranked]
    ideal = dcg(sorted(rels, reverse=True))
    return dcg(rels) / ideal if ideal > 0 else 0.0
