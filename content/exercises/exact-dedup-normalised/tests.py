def test_task_example():
    """题面示例：大小写、标点、空白不同的同一句只保留第一次出现的原文"""
    docs = ["Hello, World!", "hello world", "HELLO   WORLD", "Goodbye"]
    got = exact_dedup(docs)
    assert got == ["Hello, World!", "Goodbye"], f"expected ['Hello, World!', 'Goodbye'], got {got}"


def test_nfkc_fullwidth_and_ligature():
    """NFKC：全角字母与全角标点、连字 ﬁ、℡ 都被规范化，且 NFKC 在转小写之前"""
    got = normalise("  Ｈｅｌｌｏ，\tＷｏｒｌｄ！ ")
    assert got == "hello world", f"expected 'hello world', got {got!r}"
    got = normalise("ﬁle")
    assert got == "file", f"expected 'file', got {got!r}"
    got = normalise("℡ 110")
    assert got == "tel 110", f"expected 'tel 110' (NFKC before lower-casing), got {got!r}"


def test_punctuation_removed_symbols_kept():
    """标点直接删除（不替换成空格）；+ = 这类符号保留"""
    for raw, exp in (("state-of-the-art", "stateoftheart"), ("don't  stop...", "dont stop"), ("a + b = c", "a + b = c")):
        got = normalise(raw)
        assert got == exp, f"normalise({raw!r}): expected {exp!r}, got {got!r}"


def test_cjk_punctuation():
    """中文标点被删除，汉字保留"""
    got = normalise("你好，世界。")
    assert got == "你好世界", f"expected '你好世界', got {got!r}"


def test_first_occurrence_and_order():
    """保留每一类的第一次出现，并保持原始顺序"""
    got = exact_dedup(["b", "a", "B", "a.", "c", "b!"])
    assert got == ["b", "a", "c"], f"expected ['b', 'a', 'c'], got {got}"


def test_empty_after_normalisation():
    """空串、纯空白、纯标点规范化后都是空串，彼此算重复；空列表返回 []"""
    got = exact_dedup(["", "   ", "!!!", "x"])
    assert got == ["", "x"], f"expected ['', 'x'], got {got}"
    assert exact_dedup([]) == [], "expected [] for no documents"


def test_input_not_mutated():
    """不修改传入的列表"""
    docs = ["A", "a", "b"]
    exact_dedup(docs)
    assert docs == ["A", "a", "b"], f"input list changed to {docs}"
