import math

_t_lp = math.log
_T_EOS = "<eos>"

_T_MODEL = {
    (): [("a", _t_lp(0.6)), ("b", _t_lp(0.4))],
    ("a",): [("x", _t_lp(0.3)), ("y", _t_lp(0.3)), (_T_EOS, _t_lp(0.4))],
    ("b",): [("z", _t_lp(0.9)), (_T_EOS, _t_lp(0.1))],
    ("b", "z"): [(_T_EOS, 0.0)],
    ("a", "x"): [(_T_EOS, 0.0)],
    ("a", "y"): [(_T_EOS, 0.0)],
}


def _t_close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _t_check(got, expected):
    assert len(got) == len(expected), f"expected {len(expected)} results, got {got}"
    for (gs, gv), (es, ev) in zip(got, expected):
        assert tuple(gs) == es and _t_close(gv, ev), f"expected {expected}, got {got}"


def test_readme_greedy_vs_beam():
    """示例：宽度 1 等于 greedy，宽度 2 找到整体更优的序列"""
    _t_check(beam_search(_T_MODEL, 1, 5, _T_EOS), [(("a", _T_EOS), _t_lp(0.24))])
    _t_check(beam_search(_T_MODEL, 2, 5, _T_EOS), [(("b", "z", _T_EOS), _t_lp(0.36))])


def test_finished_leave_the_beam():
    """以 _T_EOS 结尾的候选占用名额后移出 beam、不再扩展，n_best 返回多个结果"""
    got = beam_search(_T_MODEL, 2, 5, _T_EOS, n_best=5)
    _t_check(got, [(("b", "z", _T_EOS), _t_lp(0.36)), (("a", _T_EOS), _t_lp(0.24))])


def test_length_normalisation():
    """alpha=0 偏爱短序列（直接输出 _T_EOS），alpha=1 按平均 logprob 选出更长的序列"""
    model = {
        (): [(_T_EOS, _t_lp(0.4)), ("a", _t_lp(0.6))],
        ("a",): [("b", _t_lp(0.9)), (_T_EOS, _t_lp(0.1))],
        ("a", "b"): [("c", _t_lp(0.9)), (_T_EOS, _t_lp(0.1))],
        ("a", "b", "c"): [(_T_EOS, _t_lp(0.7)), ("d", _t_lp(0.3))],
        ("a", "b", "c", "d"): [(_T_EOS, 0.0)],
    }
    _t_check(beam_search(model, 2, 10, _T_EOS), [((_T_EOS,), _t_lp(0.4))])
    best_long = _t_lp(0.6 * 0.9 * 0.9 * 0.7) / 4
    _t_check(beam_search(model, 2, 10, _T_EOS, alpha=1.0), [(("a", "b", "c", _T_EOS), best_long)])


def test_max_len_keeps_unfinished():
    """到达 max_len 仍未结束的前缀也作为结果返回"""
    model = {}
    prefix = ()
    for _ in range(6):
        model[prefix] = [("a", _t_lp(0.9)), (_T_EOS, _t_lp(0.1))]
        prefix = prefix + ("a",)
    _t_check(beam_search(model, 1, 3, _T_EOS), [(("a", "a", "a"), 3 * _t_lp(0.9))])


def test_ties_break_by_sequence():
    """分数并列时按 token 序列的字典序取较小者"""
    model = {
        (): [("b", _t_lp(0.5)), ("a", _t_lp(0.5))],
        ("a",): [(_T_EOS, 0.0)],
        ("b",): [(_T_EOS, 0.0)],
    }
    _t_check(beam_search(model, 1, 5, _T_EOS), [(("a", _T_EOS), _t_lp(0.5))])
    got = beam_search(model, 2, 5, _T_EOS, n_best=2)
    _t_check(got, [(("a", _T_EOS), _t_lp(0.5)), (("b", _T_EOS), _t_lp(0.5))])


def test_empty_model():
    """没有任何候选时返回空列表"""
    got = beam_search({}, 3, 5, _T_EOS)
    assert got == [], f"expected [], got {got}"
