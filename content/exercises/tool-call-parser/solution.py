import json
import re

# Non-greedy and DOTALL: each block ends at its own closing tag and may span lines.
_BLOCK = re.compile(r"<tool_call>(.*?)</tool_call>", re.DOTALL)


def _type_ok(value, expected: str) -> bool:
    if expected == "string":
        return isinstance(value, str)
    if expected == "number":
        # bool is a subclass of int in Python, so True must be rejected explicitly.
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected == "boolean":
        return isinstance(value, bool)
    if expected == "array":
        return isinstance(value, list)
    return False


def _check_block(body: str, tools: dict) -> dict:
    # 1. Syntax: a JSON object with a string "name" and object "arguments".
    try:
        call = json.loads(body)
    except json.JSONDecodeError:
        return {"ok": False, "error": "bad_json", "detail": ""}
    if not isinstance(call, dict) or not isinstance(call.get("name"), str):
        return {"ok": False, "error": "bad_json", "detail": ""}
    args = call.get("arguments", {})
    if isinstance(args, str):
        # Some models emit the arguments as a JSON-encoded string: decode once more.
        try:
            args = json.loads(args)
        except json.JSONDecodeError:
            return {"ok": False, "error": "bad_json", "detail": ""}
    if not isinstance(args, dict):
        return {"ok": False, "error": "bad_json", "detail": ""}

    # 2. The tool must exist.
    name = call["name"]
    if name not in tools:
        return {"ok": False, "error": "unknown_tool", "detail": name}
    schema = tools[name]

    # 3. Required arguments, in the schema's order.
    for arg in schema.get("required", []):
        if arg not in args:
            return {"ok": False, "error": "missing_arg", "detail": arg}

    # 4. Types of declared arguments, in the order the model wrote them.
    params = schema.get("parameters", {})
    for arg, value in args.items():
        if arg in params and not _type_ok(value, params[arg]):
            return {"ok": False, "error": "wrong_type", "detail": arg}

    return {"ok": True, "name": name, "arguments": args}


def parse_tool_calls(text: str, tools: dict) -> list[dict]:
    """Parse and validate every complete <tool_call>...</tool_call> block, in order."""
    return [_check_block(body, tools) for body in _BLOCK.findall(text)]
