def _default_count(text):
    return len(text.split())


def fit_to_budget(messages, budget, count_tokens=None, summary_text="[earlier conversation summarised]"):
    """Trim a chat history to `budget` tokens.

    Always keep messages[0] if it is a system message, and the last user message.
    Fill the rest with the most recent other messages (newest first, stop at the first
    one that does not fit). If anything is dropped, put one summary placeholder right
    after the system message; its tokens count towards the budget.
    """
    count = count_tokens or _default_count

    def cost(msg):
        return count(msg["content"])

    if sum(cost(m) for m in messages) <= budget:
        return [dict(m) for m in messages]  # everything fits: unchanged copy

    sys_idx = 0 if messages and messages[0]["role"] == "system" else None
    user_idx = None
    for i in range(len(messages) - 1, -1, -1):
        if messages[i]["role"] == "user":
            user_idx = i
            break
    mandatory = {i for i in (sys_idx, user_idx) if i is not None}

    remaining = budget - sum(cost(messages[i]) for i in mandatory) - count(summary_text)
    if remaining < 0:
        raise ValueError("system message, last user turn and summary do not fit in the budget")

    # walk from newest to oldest; keep a contiguous recent window
    kept = set(mandatory)
    for i in range(len(messages) - 1, -1, -1):
        if i in mandatory:
            continue
        c = cost(messages[i])
        if c > remaining:
            break  # no skipping: older messages stay out once one does not fit
        kept.add(i)
        remaining -= c

    dropped = len(messages) - len(kept)
    placeholder = {"role": "system", "content": summary_text, "summary_of": dropped}
    out = []
    if sys_idx is not None:
        out.append(dict(messages[sys_idx]))
    out.append(placeholder)
    out.extend(dict(messages[i]) for i in sorted(kept) if i != sys_idx)
    return out
