def count_pairs(vocab: dict[tuple[str, ...], int]) -> dict[tuple[str, str], int]:
    """Count adjacent symbol pairs, weighting each occurrence by the word's frequency."""
    raise NotImplementedError


def merge_pair(vocab: dict[tuple[str, ...], int], pair: tuple[str, str]) -> dict[tuple[str, ...], int]:
    """Return a new vocab with `pair` fused (left to right, no overlaps, whole symbols only)."""
    # Naive version: join symbols with spaces and use str.replace.
    # It crosses symbol boundaries, e.g. "ab c" with ("b", "c") -> "abc".
    a, b = pair
    out = {}
    for symbols, freq in vocab.items():
        text = " ".join(symbols).replace(f"{a} {b}", a + b)
        out[tuple(text.split(" "))] = freq
    return out


def learn_bpe(vocab: dict[tuple[str, ...], int], num_merges: int) -> list[tuple[str, str]]:
    """Up to num_merges rounds of count -> pick most frequent (ties: smallest pair) -> merge."""
    raise NotImplementedError
