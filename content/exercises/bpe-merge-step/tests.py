_T_VOCAB = {("c", "a", "t", "</w>"): 4, ("c", "a", "p", "</w>"): 3,
         ("m", "a", "p", "</w>"): 5, ("m", "a", "t", "</w>"): 2}


def test_count_pairs_weighted():
    """相邻对按词频加权计数"""
    got = count_pairs(_T_VOCAB)
    expected = {("c", "a"): 7, ("a", "t"): 6, ("t", "</w>"): 6,
                ("a", "p"): 8, ("p", "</w>"): 8, ("m", "a"): 7}
    assert got == expected, f"expected {expected}, got {got}"


def test_readme_learn_three_merges():
    """示例：前 3 轮合并依次为 (a,p)、(ap,</w>)、(a,t)，并列取字典序小的"""
    got = learn_bpe(_T_VOCAB, 3)
    expected = [("a", "p"), ("ap", "</w>"), ("a", "t")]
    assert got == expected, f"expected {expected}, got {got}"


def test_merge_respects_symbol_boundaries():
    """只合并两个完整符号：("ab","c") 不含 ("b","c")"""
    vocab = {("ab", "c"): 1, ("a", "bc"): 2, ("x", "b", "c"): 3}
    got = merge_pair(vocab, ("b", "c"))
    expected = {("ab", "c"): 1, ("a", "bc"): 2, ("x", "bc"): 3}
    assert got == expected, f"expected {expected}, got {got}"


def test_overlapping_pairs():
    """重叠：("a","a","a") 中 (a,a) 计 2 次，但合并后为 ("aa","a")"""
    vocab = {("a", "a", "a"): 1, ("a", "a", "a", "a"): 2}
    got = count_pairs(vocab)
    assert got == {("a", "a"): 1 * 2 + 2 * 3}, f"expected {{('a', 'a'): 8}}, got {got}"
    got = merge_pair(vocab, ("a", "a"))
    expected = {("aa", "a"): 1, ("aa", "aa"): 2}
    assert got == expected, f"expected {expected}, got {got}"


def test_merge_returns_new_dict():
    """merge_pair 返回新的词频表，不修改输入"""
    vocab = {("a", "b"): 3}
    snapshot = dict(vocab)
    got = merge_pair(vocab, ("a", "b"))
    assert got == {("ab",): 3}, f"expected {{('ab',): 3}}, got {got}"
    assert vocab == snapshot, f"input was modified: {vocab}"


def test_stops_when_nothing_to_merge():
    """所有词都只剩一个符号时提前停止；learn_bpe 跑完整个示例共 8 轮"""
    got = learn_bpe({("a", "b"): 3}, 5)
    assert got == [("a", "b")], f"expected [('a', 'b')], got {got}"
    got = learn_bpe(_T_VOCAB, 100)
    assert len(got) == 8, f"expected 8 merges, got {len(got)}: {got}"
    assert got[4] == ("m", "ap</w>"), f"expected the 5th merge ('m', 'ap</w>'), got {got[4]}"
    assert learn_bpe({}, 3) == [], f"expected [] for an empty vocab, got {learn_bpe({}, 3)}"
