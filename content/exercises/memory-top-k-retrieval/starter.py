import math


def cosine(a, b):
    """Cosine similarity; 0.0 if either vector has zero length."""
    raise NotImplementedError


def memory_score(query, memory, now, decay):
    """cosine(query, memory['embedding']) * decay ** (now - memory['timestamp']) * memory['importance']."""
    raise NotImplementedError


def top_k_memories(query, memories, now, k, decay=0.99):
    """Ids of the top-k memories by memory_score; ties: newer timestamp first, then input order."""
    raise NotImplementedError
