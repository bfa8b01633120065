import hashlib
import unicodedata


def normalise(text):
    """NFKC -> lower-case -> drop punctuation -> collapse whitespace -> strip."""
    t = unicodedata.normalize("NFKC", text)   # full-width forms, ligatures, etc. to canonical forms
    t = t.lower()
    # drop every Unicode punctuation character (categories Pc, Pd, Ps, Pe, Pi, Pf, Po);
    # symbols such as + = $ (category S*) are kept
    t = "".join(ch for ch in t if not unicodedata.category(ch).startswith("P"))
    # collapse any run of whitespace to one space (after punctuation removal, which can leave gaps)
    return " ".join(t.split())


def exact_dedup(docs):
    """Keep the first document of every normalised-equal class, in the original order."""
    seen = set()
    kept = []
    for doc in docs:
        key = hashlib.sha256(normalise(doc).encode("utf-8")).hexdigest()  # fixed-size key, stable across runs
        if key not in seen:
            seen.add(key)
            kept.append(doc)  # return the original text, not the normalised one
    return kept
