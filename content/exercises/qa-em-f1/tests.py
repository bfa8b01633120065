import math


def _t_close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def test_readme_examples():
    """示例：规范化后 EM 命中；部分重合时 F1 为 2PR/(P+R)"""
    got = normalize_answer("  The  Eiffel Tower! ")
    assert got == "eiffel tower", f"expected 'eiffel tower', got {got!r}"
    got = exact_match("the Eiffel Tower.", ["Eiffel Tower"])
    assert got == 1.0, f"expected 1.0, got {got}"
    got = token_f1("Eiffel Tower in Paris", ["the Eiffel Tower"])
    assert _t_close(got, 2 * 0.5 * 1.0 / 1.5), f"expected {2 * 0.5 / 1.5}, got {got}"


def test_normalisation_details():
    """只删整词冠词；先删标点再删冠词；多余空白合并"""
    cases = {
        "An apple a day": "apple day",
        "Theatre and anthem": "theatre and anthem",
        "the-cat": "thecat",
        "A. Lincoln": "lincoln",
        "rock\t\n and   roll": "rock and roll",
    }
    for raw, expected in cases.items():
        got = normalize_answer(raw)
        assert got == expected, f"{raw!r}: expected {expected!r}, got {got!r}"


def test_max_over_golds():
    """对多个标准答案取最大值"""
    golds = ["Barack Obama", "Obama", "President Obama"]
    got = exact_match("obama", golds)
    assert got == 1.0, f"expected 1.0, got {got}"
    got = token_f1("President Barack Obama", golds)
    expected = 2 * (2 / 3) * 1.0 / (2 / 3 + 1.0)
    assert _t_close(got, expected), f"expected {expected}, got {got}"


def test_repeated_tokens_use_multiset():
    """重复 token 按多重集合计数：'new new york' 对 'new york' 的重合为 2"""
    got = token_f1("new new york", ["new york"])
    expected = 2 * (2 / 3) * 1.0 / (2 / 3 + 1.0)
    assert _t_close(got, expected), f"expected {expected}, got {got}"
    got = token_f1("york york york", ["new york"])
    expected = 2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2)
    assert _t_close(got, expected), f"expected {expected}, got {got}"


def test_no_overlap_and_empty():
    """无重合 F1 为 0；规范化后为空时：两边都空记 1，只有一边空记 0；无标准答案记 0"""
    assert token_f1("Paris", ["London"]) == 0.0, "expected 0.0 for no overlap"
    got = token_f1("The", ["a"])
    assert got == 1.0, f"both normalise to empty: expected 1.0, got {got}"
    got = token_f1("the", ["Paris"])
    assert got == 0.0, f"expected 0.0, got {got}"
    assert exact_match("the", ["an"]) == 1.0, "both normalise to '': expected EM 1.0"
    assert token_f1("Paris", []) == 0.0, "expected 0.0 with no gold answers"
    assert exact_match("Paris", []) == 0.0, "expected EM 0.0 with no gold answers"
