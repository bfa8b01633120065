import math


def cosine(a, b):
    """Cosine similarity; 0.0 if either vector has zero length."""
    if len(a) != len(b):
        raise ValueError("vectors must have the same dimension")
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    if na == 0.0 or nb == 0.0:
        return 0.0
    return dot / (na * nb)


def memory_score(query, memory, now, decay):
    """score = cosine(query, embedding) * decay ** age * importance."""
    age = now - memory["timestamp"]
    if age < 0:
        raise ValueError("memory timestamp is in the future")
    return cosine(query, memory["embedding"]) * (decay ** age) * memory["importance"]


def top_k_memories(query, memories, now, k, decay=0.99):
    """Ids of the k best memories: higher score first, ties -> newer first, then input order."""
    if k <= 0:
        return []
    scored = []
    for idx, mem in enumerate(memories):
        s = memory_score(query, mem, now, decay)
        # sort key: score descending, timestamp descending, original index ascending
        scored.append((-s, -mem["timestamp"], idx, mem["id"]))
    scored.sort()
    return [mid for _, _, _, mid in scored[:k]]
