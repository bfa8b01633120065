T_ORIG = [
    "import os",
    "import sys",
    "",
    "def add(a, b):",
    "    return a - b",
    "",
    "def mul(a, b):",
    "    return a * b",
    "",
    "def main():",
    "    print(add(1, 2))",
    "    print(mul(3, 4))",
]

T_DIFF = "\n".join([
    "--- a/calc.py",
    "+++ b/calc.py",
    "@@ -3,4 +3,5 @@ import sys",
    " ",
    " def add(a, b):",
    "-    return a - b",
    '+    """Return the sum."""',
    "+    return a + b",
    " ",
    "@@ -10,3 +11,4 @@ def mul(a, b):",
    " def main():",
    "     print(add(1, 2))",
    "     print(mul(3, 4))",
    "+    print(add(5, 6))",
    "",
])

T_PATCHED = [
    "import os",
    "import sys",
    "",
    "def add(a, b):",
    '    """Return the sum."""',
    "    return a + b",
    "",
    "def mul(a, b):",
    "    return a * b",
    "",
    "def main():",
    "    print(add(1, 2))",
    "    print(mul(3, 4))",
    "    print(add(5, 6))",
]


def _t_expect_patch_error(lines, diff, must_contain=()):
    try:
        apply_unified_diff(lines, diff)
    except PatchError as e:
        msg = str(e)
        for part in must_contain:
            assert part in msg, f"expected {part!r} in the error message, got {msg!r}"
        return
    assert False, "expected PatchError"


def test_task_example():
    """题面示例：两个 hunk，第一个改变了行数，第二个仍按原文件行号定位"""
    got = apply_unified_diff(list(T_ORIG), T_DIFF)
    assert got == T_PATCHED, f"expected {T_PATCHED}, got {got}"


def test_offset_search():
    """文件顶部多了 2 行，hunk 在 ±3 行内找到并正确应用"""
    head = ["#!/usr/bin/env python", "# calc"]
    got = apply_unified_diff(head + T_ORIG, T_DIFF)
    assert got == head + T_PATCHED, f"expected {head + T_PATCHED}, got {got}"


def test_offset_is_carried_to_later_hunks():
    """前一个 hunk 找到的偏移带给下一个：总偏移 +5 时第二个 hunk 只需再找 +2"""
    head = ["# a", "# b", "# c"]
    lines = head + T_ORIG[:8] + ["# note 1", "# note 2"] + T_ORIG[8:]
    exp = head + T_PATCHED[:9] + ["# note 1", "# note 2"] + T_PATCHED[9:]
    got = apply_unified_diff(lines, T_DIFF)
    assert got == exp, f"expected {exp}, got {got}"


def test_offset_beyond_three_fails():
    """偏移超过 3 行时报错，错误信息指出是第几个 hunk；输入列表不被修改"""
    lines = ["# 1", "# 2", "# 3", "# 4"] + T_ORIG
    snapshot = list(lines)
    _t_expect_patch_error(lines, T_DIFF, must_contain=("hunk 1",))
    assert lines == snapshot, "input list must not be modified"


def test_context_mismatch_message():
    """上下文不符时报错：信息里有 hunk 编号、期望的行和实际的行"""
    lines = list(T_ORIG)
    lines[10] = "    print(add(1, 3))"
    _t_expect_patch_error(lines, T_DIFF, must_contain=("hunk 2", "print(add(1, 2))", "print(add(1, 3))"))


def test_insertions_deletions_and_short_headers():
    """新建文件（-0,0）、纯插入（-a,0 插在第 a 行之后）、省略行数的头、删成空文件、裸空行作上下文"""
    got = apply_unified_diff([], "@@ -0,0 +1,2 @@\n+a\n+b\n")
    assert got == ["a", "b"], f"new file: expected ['a', 'b'], got {got}"
    got = apply_unified_diff(["a", "b", "c"], "@@ -2,0 +3 @@\n+x\n")
    assert got == ["a", "b", "x", "c"], f"insert: expected ['a', 'b', 'x', 'c'], got {got}"
    got = apply_unified_diff(["a", "b", "c"], "@@ -2 +2 @@\n-b\n+B\n")
    assert got == ["a", "B", "c"], f"short header: expected ['a', 'B', 'c'], got {got}"
    got = apply_unified_diff(["a", "b"], "@@ -1,2 +0,0 @@\n-a\n-b\n")
    assert got == [], f"delete all: expected [], got {got}"
    got = apply_unified_diff(["a", "", "c"], "@@ -1,3 +1,3 @@\n a\n\n-c\n+C\n")
    assert got == ["a", "", "C"], f"bare empty context line: expected ['a', '', 'C'], got {got}"


def test_bad_header_counts_and_no_newline_marker():
    """头部声明的行数比 hunk 内容多或少时都报错；'\\ No newline at end of file' 被忽略"""
    _t_expect_patch_error(["a", "b", "c"], "@@ -1,2 +1,2 @@\n a\n-b\n+B\n c\n", must_contain=("hunk 1",))
    _t_expect_patch_error(["a", "b", "c", "d", "e"], "@@ -1,3 +1,3 @@\n a\n-b\n+B\n@@ -5 +5 @@\n-e\n+E\n",
                          must_contain=("hunk 1",))
    got = apply_unified_diff(["a"], "@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+A\n\\ No newline at end of file\n")
    assert got == ["A"], f"expected ['A'], got {got}"
