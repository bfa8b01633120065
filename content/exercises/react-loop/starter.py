import re

PARSE_ERROR = "Error: no valid Action or Final Answer"


def run_react(policy_outputs: list[str], tools: dict, max_steps: int) -> dict:
    """Run a ReAct loop with scripted model outputs and a dict of tools.

    Returns {"trajectory": [step, ...], "stop_reason": ..., "answer": str | None}, where
    each step is {"thought", "action", "action_input", "observation"} and stop_reason is
    "final_answer", "max_steps", "repeated_action" or "policy_exhausted".
    """
    # Naive version: trusts the whole output and never checks for loops.
    trajectory = []
    for step in range(min(max_steps, len(policy_outputs))):
        out = policy_outputs[step]
        if "Final Answer:" in out:
            answer = out.split("Final Answer:")[1].strip()
            trajectory.append({"thought": None, "action": "finish",
                               "action_input": answer, "observation": None})
            return {"trajectory": trajectory, "stop_reason": "final_answer", "answer": answer}
        m = re.search(r"Action: (\w+)\[(.*)\]", out)
        name, arg = m.group(1), m.group(2)
        trajectory.append({"thought": None, "action": name, "action_input": arg,
                           "observation": str(tools[name](arg))})
    return {"trajectory": trajectory, "stop_reason": "max_steps", "answer": None}
