import hashlib
import unicodedata


def normalise(text):
    """NFKC, lower-case, remove punctuation, collapse whitespace (see the task description)."""
    # First draft: only lower-cases and trims the ends.
    return text.lower().strip()


def exact_dedup(docs):
    """Keep the first occurrence of each normalised text, in order; return the original strings."""
    seen, kept = set(), []
    for doc in docs:
        key = hashlib.sha256(normalise(doc).encode("utf-8")).hexdigest()
        if key not in seen:
            seen.add(key)
            kept.append(doc)
    return kept
