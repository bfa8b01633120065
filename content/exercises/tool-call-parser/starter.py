import json
import re


def parse_tool_calls(text: str, tools: dict) -> list[dict]:
    """Parse every complete <tool_call>{json}</tool_call> block in `text`, in order.

    tools: {name: {"parameters": {arg: "string"|"number"|"boolean"|"array"},
                   "required": [arg, ...]}}
    Each block yields {"ok": True, "name": ..., "arguments": {...}} or
    {"ok": False, "error": kind, "detail": ...} with kind in
    bad_json / unknown_tool / missing_arg / wrong_type (first error only).
    """
    # Naive version: greedy regex, no validation at all.
    results = []
    for body in re.findall(r"<tool_call>(.*)</tool_call>", text, re.DOTALL):
        call = json.loads(body)
        results.append({"ok": True, "name": call["name"], "arguments": call["arguments"]})
    return results
