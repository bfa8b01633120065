def beam_search(next_tokens: dict, beam_width: int, max_len: int, eos: str,
                alpha: float = 0.0, n_best: int = 1) -> list[tuple[tuple, float]]:
    """Beam search with EOS handling and length normalisation score / len ** alpha."""
    beam = [((), 0.0)]           # (prefix, summed logprob); only unfinished prefixes
    finished = []

    for _ in range(max_len):
        candidates = []
        for prefix, score in beam:
            for token, logprob in next_tokens.get(prefix, []):
                candidates.append((prefix + (token,), score + logprob))
        if not candidates:
            beam = []
            break
        # Highest raw score first; equal scores fall back to the sequence itself.
        candidates.sort(key=lambda c: (-c[1], c[0]))
        beam = []
        for seq, score in candidates[:beam_width]:
            if seq[-1] == eos:
                finished.append((seq, score))   # takes a slot, then leaves the beam
            else:
                beam.append((seq, score))
        if not beam:
            break

    # Prefixes still alive after max_len steps are returned as (unfinished) results.
    results = finished + beam

    def normalised(score: float, length: int) -> float:
        return score / (length ** alpha) if alpha else score

    ranked = sorted(((seq, normalised(score, len(seq))) for seq, score in results),
                    key=lambda r: (-r[1], r[0]))
    return ranked[:n_best]
