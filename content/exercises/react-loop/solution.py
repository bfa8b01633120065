import re

PARSE_ERROR = "Error: no valid Action or Final Answer"

# One Action per output, on a single line: name[input]; greedy up to the line's last ']'.
_ACTION = re.compile(r"Action:[ \t]*(\w+)\[(.*)\]")
_FINAL = re.compile(r"Final Answer:[ \t]*(.*)")   # the rest of that line
_THOUGHT = re.compile(r"Thought:(.*?)(?=Action:|Final Answer:|$)", re.DOTALL)


def _parse(output: str):
    """Return (thought, kind, payload): kind is 'action', 'final' or None."""
    # Acts like the stop sequence: anything the model writes after "Observation:"
    # is its own invention and must never reach the trajectory.
    cut = output.find("Observation:")
    if cut != -1:
        output = output[:cut]

    m = _THOUGHT.search(output)
    thought = m.group(1).strip() if m else None

    action = _ACTION.search(output)
    final = _FINAL.search(output)
    # If both appear, the one the model wrote first wins.
    if action and (not final or action.start() < final.start()):
        return thought, "action", (action.group(1), action.group(2).strip())
    if final:
        return thought, "final", final.group(1).strip()
    return thought, None, None


def run_react(policy_outputs: list[str], tools: dict, max_steps: int) -> dict:
    """Run a scripted ReAct loop; stop on a final answer, max_steps, or a repeated action."""
    trajectory = []
    seen = set()
    for step in range(max_steps):
        if step >= len(policy_outputs):
            return {"trajectory": trajectory, "stop_reason": "policy_exhausted", "answer": None}
        thought, kind, payload = _parse(policy_outputs[step])

        if kind == "final":
            trajectory.append({"thought": thought, "action": "finish",
                               "action_input": payload, "observation": None})
            return {"trajectory": trajectory, "stop_reason": "final_answer", "answer": payload}

        if kind is None:
            # Bad format costs a step but does not end the episode.
            trajectory.append({"thought": thought, "action": None,
                               "action_input": None, "observation": PARSE_ERROR})
            continue

        name, arg = payload
        if (name, arg) in seen:
            # Deterministic tools would return the same observation again: a loop.
            trajectory.append({"thought": thought, "action": name,
                               "action_input": arg, "observation": None})
            return {"trajectory": trajectory, "stop_reason": "repeated_action", "answer": None}
        seen.add((name, arg))

        if name not in tools:
            observation = f"Error: unknown tool {name}"
        else:
            try:
                observation = str(tools[name](arg))
            except Exception as exc:          # a failing tool is an observation, not a crash
                observation = f"Error: {exc}"
        trajectory.append({"thought": thought, "action": name,
                           "action_input": arg, "observation": observation})

    return {"trajectory": trajectory, "stop_reason": "max_steps", "answer": None}
