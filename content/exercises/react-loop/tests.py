def _t_tools(log=None):
    def search(q):
        if log is not None:
            log.append(q)
        return {"colorado orogeny": "The Colorado orogeny was an episode of mountain building.",
                "high plains": "The High Plains rise from 1,800 to 7,000 ft."}.get(q.lower(), "No results.")

    def lookup(term):
        return f"(lookup) {term}: found 1 match."

    def boom(_):
        raise RuntimeError("service unavailable")

    return {"search": search, "lookup": lookup, "boom": boom}


def test_readme_happy_path():
    """示例：两次工具调用后给出 Final Answer，Observation 来自工具"""
    outputs = [
        "Thought: I should search for the orogeny.\nAction: search[Colorado orogeny]",
        "Thought: Now the High Plains.\nAction: search[High Plains]",
        "Thought: The range is 1,800 to 7,000 ft.\nFinal Answer: 1,800 to 7,000 ft",
    ]
    got = run_react(outputs, _t_tools(), max_steps=5)
    assert got["stop_reason"] == "final_answer", f"expected final_answer, got {got['stop_reason']}"
    assert got["answer"] == "1,800 to 7,000 ft", f"expected '1,800 to 7,000 ft', got {got['answer']!r}"
    traj = got["trajectory"]
    assert len(traj) == 3, f"expected 3 steps, got {len(traj)}"
    expected0 = {"thought": "I should search for the orogeny.", "action": "search",
                 "action_input": "Colorado orogeny",
                 "observation": "The Colorado orogeny was an episode of mountain building."}
    assert traj[0] == expected0, f"expected {expected0}, got {traj[0]}"
    expected2 = {"thought": "The range is 1,800 to 7,000 ft.", "action": "finish",
                 "action_input": "1,800 to 7,000 ft", "observation": None}
    assert traj[2] == expected2, f"expected {expected2}, got {traj[2]}"


def test_model_written_observation_is_discarded():
    """模型自己续写的 Observation（及其后的 Final Answer）一律丢弃，只用工具的真实返回"""
    outputs = [
        "Thought: search it\nAction: search[High Plains]\nObservation: 42 ft\nFinal Answer: 42 ft",
        "Final Answer: 7,000 ft",
    ]
    got = run_react(outputs, _t_tools(), max_steps=5)
    obs = got["trajectory"][0]["observation"]
    assert obs == "The High Plains rise from 1,800 to 7,000 ft.", f"expected the tool's output, got {obs!r}"
    assert got["answer"] == "7,000 ft", f"expected '7,000 ft', got {got['answer']!r}"
    assert len(got["trajectory"]) == 2, f"expected 2 steps, got {len(got['trajectory'])}"


def test_max_steps():
    """达到 max_steps 仍未作答时停止；恰好在最后一步作答仍算 final_answer"""
    outputs = [f"Thought: try {i}\nAction: lookup[term {i}]" for i in range(10)]
    got = run_react(outputs, _t_tools(), max_steps=3)
    assert got["stop_reason"] == "max_steps", f"expected max_steps, got {got['stop_reason']}"
    assert len(got["trajectory"]) == 3 and got["answer"] is None, f"expected 3 steps and no answer, got {got}"
    outputs = ["Action: lookup[a]", "Action: lookup[b]", "Final Answer: done"]
    got = run_react(outputs, _t_tools(), max_steps=3)
    assert got["stop_reason"] == "final_answer", f"expected final_answer, got {got['stop_reason']}"


def test_repeated_action_stops_without_executing():
    """与之前任一步完全相同的动作（忽略参数首尾空白）不再执行，直接以 repeated_action 停止"""
    log = []
    outputs = [
        "Thought: a\nAction: search[Colorado orogeny]",
        "Thought: b\nAction: search[High Plains]",
        "Thought: again\nAction: search[ Colorado orogeny ]",
        "Final Answer: never reached",
    ]
    got = run_react(outputs, _t_tools(log), max_steps=10)
    assert got["stop_reason"] == "repeated_action", f"expected repeated_action, got {got['stop_reason']}"
    last = got["trajectory"][-1]
    expected = {"thought": "again", "action": "search", "action_input": "Colorado orogeny", "observation": None}
    assert last == expected, f"expected {expected}, got {last}"
    assert log == ["Colorado orogeny", "High Plains"], f"the repeated call must not run; tool calls: {log}"


def test_errors_become_observations():
    """格式错误、未知工具、工具抛异常都写成 Observation，循环继续"""
    outputs = [
        "Thought: hmm, let me think more",
        "Action: calculator[2+2]",
        "Action: boom[x]",
        "Final Answer: 4",
    ]
    got = run_react(outputs, _t_tools(), max_steps=10)
    obs = [s["observation"] for s in got["trajectory"]]
    expected = ["Error: no valid Action or Final Answer", "Error: unknown tool calculator",
                "Error: service unavailable", None]
    assert obs == expected, f"expected {expected}, got {obs}"
    assert got["trajectory"][0]["thought"] == "hmm, let me think more", f"got {got['trajectory'][0]}"
    assert got["trajectory"][1]["thought"] is None, f"expected thought None, got {got['trajectory'][1]}"
    assert got["stop_reason"] == "final_answer" and got["answer"] == "4", f"got {got}"


def test_first_of_action_or_final_wins_and_exhaustion():
    """Action 与 Final Answer 同时出现时以先写的为准；脚本用完时停止为 policy_exhausted"""
    got = run_react(["Action: lookup[x]\nFinal Answer: y"], _t_tools(), max_steps=5)
    assert got["trajectory"][0]["action"] == "lookup", f"expected the action to run, got {got['trajectory'][0]}"
    assert got["stop_reason"] == "policy_exhausted", f"expected policy_exhausted, got {got['stop_reason']}"
    got = run_react(["Thought: sure\nFinal Answer: y\nAction: lookup[x]"], _t_tools(), max_steps=5)
    assert got["stop_reason"] == "final_answer" and got["answer"] == "y", f"expected final answer 'y', got {got}"
