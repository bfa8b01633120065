_T_TOOLS = {
    "get_weather": {"parameters": {"city": "string", "days": "number", "metric": "boolean"},
                    "required": ["city"]},
    "search": {"parameters": {"query": "string", "top_k": "number", "sites": "array"},
               "required": ["query", "top_k"]},
}


def _t_err(kind, detail):
    return {"ok": False, "error": kind, "detail": detail}


def test_readme_single_call():
    """示例：正文中夹一个合法调用，跨行、前后有空白也能解析"""
    text = ('Let me check.\n<tool_call>\n{"name": "get_weather", '
            '"arguments": {"city": "Paris", "days": 3}}\n</tool_call>')
    got = parse_tool_calls(text, _T_TOOLS)
    expected = [{"ok": True, "name": "get_weather", "arguments": {"city": "Paris", "days": 3}}]
    assert got == expected, f"expected {expected}, got {got}"


def test_multiple_blocks_in_order():
    """多个调用按出现顺序返回，同一行的两个块不会被贪婪匹配合并"""
    text = ('<tool_call>{"name": "search", "arguments": {"query": "bm25", "top_k": 5}}</tool_call>'
            '<tool_call>{"name": "get_weather", "arguments": {"city": "Oslo"}}</tool_call>')
    got = parse_tool_calls(text, _T_TOOLS)
    expected = [
        {"ok": True, "name": "search", "arguments": {"query": "bm25", "top_k": 5}},
        {"ok": True, "name": "get_weather", "arguments": {"city": "Oslo"}},
    ]
    assert got == expected, f"expected {expected}, got {got}"


def test_bad_json():
    """JSON 不合法、不是对象、缺 name、arguments 不是对象时报 bad_json"""
    cases = [
        '<tool_call>{"name": "search", "arguments": {"query": "x",}}</tool_call>',
        "<tool_call>{'name': 'search'}</tool_call>",
        '<tool_call>["search", {"query": "x"}]</tool_call>',
        '<tool_call>{"arguments": {"query": "x"}}</tool_call>',
        '<tool_call>{"name": "search", "arguments": [1, 2]}</tool_call>',
    ]
    for text in cases:
        got = parse_tool_calls(text, _T_TOOLS)
        assert got == [_t_err("bad_json", "")], f"{text!r}: expected bad_json, got {got}"


def test_unknown_tool_and_missing_arg():
    """未知工具报 unknown_tool；缺必填参数报 missing_arg（按 required 顺序报第一个）"""
    got = parse_tool_calls('<tool_call>{"name": "send_email", "arguments": {}}</tool_call>', _T_TOOLS)
    assert got == [_t_err("unknown_tool", "send_email")], f"expected unknown_tool, got {got}"
    got = parse_tool_calls('<tool_call>{"name": "search", "arguments": {}}</tool_call>', _T_TOOLS)
    assert got == [_t_err("missing_arg", "query")], f"expected missing_arg query, got {got}"
    got = parse_tool_calls('<tool_call>{"name": "search"}</tool_call>', _T_TOOLS)
    assert got == [_t_err("missing_arg", "query")], f"missing arguments means {{}}: expected missing_arg, got {got}"


def test_wrong_type():
    """类型校验：布尔值不算 number，字符串 "3" 不算 number，int 和 float 都算 number"""
    got = parse_tool_calls('<tool_call>{"name": "search", "arguments": {"query": "q", "top_k": true}}</tool_call>', _T_TOOLS)
    assert got == [_t_err("wrong_type", "top_k")], f"expected wrong_type top_k, got {got}"
    got = parse_tool_calls('<tool_call>{"name": "get_weather", "arguments": {"city": "Rome", "days": "3"}}</tool_call>', _T_TOOLS)
    assert got == [_t_err("wrong_type", "days")], f"expected wrong_type days, got {got}"
    got = parse_tool_calls('<tool_call>{"name": "search", "arguments": {"query": "q", "top_k": 2.5, "sites": "a.com"}}</tool_call>', _T_TOOLS)
    assert got == [_t_err("wrong_type", "sites")], f"expected wrong_type sites, got {got}"
    got = parse_tool_calls('<tool_call>{"name": "get_weather", "arguments": {"city": "Rome", "metric": false, "extra": 1}}</tool_call>', _T_TOOLS)
    assert got[0]["ok"] is True, f"expected a valid call (undeclared args are not checked), got {got}"


def test_arguments_as_json_string():
    """arguments 是 JSON 字符串时再解析一次；解析失败报 bad_json"""
    text = '<tool_call>{"name": "search", "arguments": "{\\"query\\": \\"rrf\\", \\"top_k\\": 3}"}</tool_call>'
    got = parse_tool_calls(text, _T_TOOLS)
    expected = [{"ok": True, "name": "search", "arguments": {"query": "rrf", "top_k": 3}}]
    assert got == expected, f"expected {expected}, got {got}"
    text = '<tool_call>{"name": "search", "arguments": "query=rrf"}</tool_call>'
    got = parse_tool_calls(text, _T_TOOLS)
    assert got == [_t_err("bad_json", "")], f"expected bad_json, got {got}"


def test_no_blocks_and_unclosed():
    """没有调用块返回空列表；缺少结束标签的块不算调用"""
    assert parse_tool_calls("The answer is 42.", _T_TOOLS) == [], "expected [] for plain text"
    got = parse_tool_calls('<tool_call>{"name": "search", "arguments": {"query": "x", "top_k": 1}}', _T_TOOLS)
    assert got == [], f"expected [] for an unclosed block, got {got}"
