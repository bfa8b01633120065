def fit_to_budget(messages, budget, count_tokens=None, summary_text="[earlier conversation summarised]"):
    """Return the messages to send, in order, within `budget` tokens (see the task description)."""
    # First draft: keep the newest messages that fit and forget everything else.
    count = count_tokens or (lambda text: len(text.split()))
    out, used = [], 0
    for msg in reversed(messages):
        c = count(msg["content"])
        if used + c > budget:
            break
        out.append(msg)
        used += c
    return list(reversed(out))
