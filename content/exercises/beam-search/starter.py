def beam_search(next_tokens: dict, beam_width: int, max_len: int, eos: str,
                alpha: float = 0.0, n_best: int = 1) -> list[tuple[tuple, float]]:
    """Beam search over a toy model given as {prefix_tuple: [(token, logprob), ...]}.

    Each step: expand every unfinished prefix, keep the top `beam_width` candidates by
    summed logprob (ties: lexicographic sequence order); candidates ending in `eos` move
    to the finished list. Stop after `max_len` steps (unfinished prefixes then count as
    results) or when the beam is empty. Rank results by score / len**alpha and return
    the best `n_best` as (sequence, normalised_score).
    """
    raise NotImplementedError
