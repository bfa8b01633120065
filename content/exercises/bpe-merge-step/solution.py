from collections import Counter


def count_pairs(vocab: dict[tuple[str, ...], int]) -> dict[tuple[str, str], int]:
    """Frequency-weighted counts of adjacent symbol pairs over all words."""
    counts = Counter()
    for symbols, freq in vocab.items():
        for pair in zip(symbols, symbols[1:]):   # every adjacent pair, overlaps included
            counts[pair] += freq
    return dict(counts)


def merge_pair(vocab: dict[tuple[str, ...], int], pair: tuple[str, str]) -> dict[tuple[str, ...], int]:
    """Return a new vocab where every occurrence of `pair` is fused into one symbol."""
    a, b = pair
    merged = {}
    for symbols, freq in vocab.items():
        out, i = [], 0
        while i < len(symbols):
            # Compare whole symbols, scanning left to right without overlaps, so
            # ("ab", "c") never matches the pair ("b", "c").
            if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
                out.append(a + b)
                i += 2
            else:
                out.append(symbols[i])
                i += 1
        key = tuple(out)
        merged[key] = merged.get(key, 0) + freq   # sum if two entries collapse together
    return merged


def learn_bpe(vocab: dict[tuple[str, ...], int], num_merges: int) -> list[tuple[str, str]]:
    """Run up to num_merges BPE steps; ties between pairs go to the smallest pair."""
    merges = []
    for _ in range(num_merges):
        counts = count_pairs(vocab)
        if not counts:
            break                       # every word is a single symbol: nothing to merge
        # Highest count first; among equal counts the lexicographically smallest pair.
        best = min(counts, key=lambda p: (-counts[p], p))
        merges.append(best)
        vocab = merge_pair(vocab, best)
    return merges
