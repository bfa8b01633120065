import hashlib
import random


def char_shingles(text, n=5):
    """Set of character n-grams (short and empty texts: see the task description)."""
    raise NotImplementedError


def minhash_signature(shingles, num_perm=128, seed=0):
    """num_perm minimum hash values; deterministic for a given seed (no built-in hash())."""
    raise NotImplementedError


def estimate_jaccard(sig_a, sig_b):
    """Fraction of equal positions; ValueError if the lengths differ."""
    raise NotImplementedError


def jaccard(a, b):
    """Exact Jaccard similarity of two sets; two empty sets give 1.0."""
    raise NotImplementedError


def group_pairs(n, pairs):
    """Union-find: connected groups of 0..n-1, each sorted, ordered by smallest member."""
    raise NotImplementedError


def near_duplicate_groups(docs, threshold=0.7, n=5, num_perm=128, seed=0):
    """Groups of documents whose estimated Jaccard >= threshold, merged transitively."""
    raise NotImplementedError
