import hashlib
import random

_PRIME = (1 << 61) - 1  # Mersenne prime; all hash values live in [0, _PRIME)


def char_shingles(text, n=5):
    """Set of character n-grams. A non-empty text shorter than n is one shingle; '' gives set()."""
    if n <= 0:
        raise ValueError("n must be positive")
    if len(text) < n:
        return {text} if text else set()
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def _base_hash(s):
    # stable across processes, unlike the salted built-in hash() for str
    return int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:8], "big") % _PRIME


def minhash_signature(shingles, num_perm=128, seed=0):
    """For each of num_perm hash functions h(x) = (a*x + b) mod P keep the minimum over the set."""
    rng = random.Random(seed)
    params = [(rng.randrange(1, _PRIME), rng.randrange(0, _PRIME)) for _ in range(num_perm)]
    if not shingles:
        return [_PRIME] * num_perm  # sentinel larger than any real hash value
    bases = [_base_hash(s) for s in shingles]  # hash each shingle once, reuse for all functions
    return [min((a * x + b) % _PRIME for x in bases) for a, b in params]


def estimate_jaccard(sig_a, sig_b):
    """Fraction of positions where the two signatures agree."""
    if len(sig_a) != len(sig_b) or not sig_a:
        raise ValueError("signatures must be non-empty and of equal length")
    return sum(x == y for x, y in zip(sig_a, sig_b)) / len(sig_a)


def jaccard(a, b):
    """Exact |A & B| / |A | B|; two empty sets count as identical (1.0)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def group_pairs(n, pairs):
    """Union-find over n items; returns connected groups, each sorted, ordered by first member."""
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    for i, j in pairs:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)  # keep the smaller index as root

    groups = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def near_duplicate_groups(docs, threshold=0.7, n=5, num_perm=128, seed=0):
    """Group documents whose estimated Jaccard is >= threshold (transitively)."""
    sigs = [minhash_signature(char_shingles(d, n), num_perm, seed) for d in docs]
    pairs = []
    for i in range(len(docs)):          # all pairs: fine for small inputs; LSH banding avoids this at scale
        for j in range(i + 1, len(docs)):
            if estimate_jaccard(sigs[i], sigs[j]) >= threshold:
                pairs.append((i, j))
    return group_pairs(len(docs), pairs)
