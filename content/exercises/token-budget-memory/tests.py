def _t_w(k, tag):
    return " ".join([tag] * k)


def _t_msg(role, k, tag):
    return {"role": role, "content": _t_w(k, tag)}


def test_everything_fits_unchanged():
    """总长度不超预算时原样返回，不插入摘要占位"""
    msgs = [_t_msg("system", 3, "s"), _t_msg("user", 4, "u1"), _t_msg("assistant", 4, "a1"), _t_msg("user", 2, "u2")]
    out = fit_to_budget(msgs, 20)
    assert out == msgs, f"expected the input unchanged, got {out}"


def test_task_example():
    """题面示例：预算 35，保留 system、摘要（代替 2 条）、u2、a2、u3"""
    msgs = [_t_msg("system", 5, "s"), _t_msg("user", 10, "u1"), _t_msg("assistant", 10, "a1"),
            _t_msg("user", 10, "u2"), _t_msg("assistant", 10, "a2"), _t_msg("user", 5, "u3")]
    out = fit_to_budget(msgs, 35, summary_text="summary of earlier")
    exp = [msgs[0], {"role": "system", "content": "summary of earlier", "summary_of": 2}, msgs[3], msgs[4], msgs[5]]
    assert out == exp, f"expected {exp}, got {out}"
    total = sum(len(m["content"].split()) for m in out)
    assert total <= 35, f"expected at most 35 tokens, got {total}"


def test_stop_at_first_that_does_not_fit():
    """从新到旧添加，遇到第一条放不下的就停：更旧的短消息也不再补进来"""
    msgs = [_t_msg("system", 2, "s"), _t_msg("user", 1, "u1"), _t_msg("assistant", 1, "a1"),
            _t_msg("user", 20, "u2"), _t_msg("assistant", 2, "a2"), _t_msg("user", 2, "u3")]
    out = fit_to_budget(msgs, 14, summary_text="sum")
    exp = [msgs[0], {"role": "system", "content": "sum", "summary_of": 3}, msgs[4], msgs[5]]
    assert out == exp, f"expected {exp}, got {out}"


def test_long_last_user_turn_is_kept():
    """最后一条用户消息再长也保留，其余历史全部换成一个摘要"""
    msgs = [_t_msg("system", 2, "s"), _t_msg("user", 3, "u1"), _t_msg("assistant", 3, "a1"), _t_msg("user", 30, "u2")]
    out = fit_to_budget(msgs, 34, summary_text="sum")
    exp = [msgs[0], {"role": "system", "content": "sum", "summary_of": 2}, msgs[3]]
    assert out == exp, f"expected {exp}, got {out}"


def test_trailing_message_after_last_user():
    """最后一条用户消息之后的消息也是候选，且按原顺序输出"""
    msgs = [_t_msg("system", 1, "s"), _t_msg("user", 5, "u1"), _t_msg("assistant", 5, "a1"),
            _t_msg("user", 5, "u2"), _t_msg("assistant", 5, "a2")]
    out = fit_to_budget(msgs, 18, summary_text="sum")
    exp = [msgs[0], {"role": "system", "content": "sum", "summary_of": 1}, msgs[2], msgs[3], msgs[4]]
    assert out == exp, f"expected {exp}, got {out}"


def test_no_system_and_custom_counter():
    """没有 system 消息时摘要放在最前；count_tokens 可以自定义（这里按字符数）"""
    msgs = [{"role": "user", "content": "aaaa"}, {"role": "assistant", "content": "bbbb"},
            {"role": "user", "content": "cc"}]
    out = fit_to_budget(msgs, 6, count_tokens=len, summary_text="x")
    exp = [{"role": "system", "content": "x", "summary_of": 2}, msgs[2]]
    assert out == exp, f"expected {exp}, got {out}"


def test_impossible_budget_and_no_mutation():
    """system + 最后用户消息 + 摘要都放不下时抛出 ValueError；不修改输入"""
    msgs = [_t_msg("system", 5, "s"), _t_msg("user", 5, "u1"), _t_msg("user", 5, "u2")]
    snapshot = [dict(m) for m in msgs]
    try:
        fit_to_budget(msgs, 10, summary_text="sum")
        raised = False
    except ValueError:
        raised = True
    assert raised, "expected ValueError when the mandatory messages do not fit"
    fit_to_budget(msgs, 14, summary_text="sum")
    assert msgs == snapshot, f"input changed to {msgs}"
