"""Runs an exercise's tests against a candidate's code: the same file in the content check
(CPython) and in the browser (Pyodide, in a Web Worker). No imports beyond the standard
library; no file or network access of its own.

run(code, tests) -> list of {"name", "doc", "status", "message"} in the order tests.py defines
them, status "pass" | "fail" (an assert) | "error" (any other exception); with the code's
own error, if it does not even run, as one "error" entry named "<code>".

The tests run in a copy of the code's namespace: a helper of the tests (say `_close`) never
replaces the candidate's own helper of the same name, and a function the candidate happens to
call test_something is not taken for a test.
"""
import io
import sys
import traceback
from contextlib import redirect_stdout, redirect_stderr

OUTPUT_LIMIT = 10_000  # characters of print output kept per run


def _describe(exc, filename):
    """The exception as a reader wants it: type, message, and the line in their own code."""
    lines = [f"{type(exc).__name__}: {exc}".rstrip(": ")]
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    if frames:
        lines.append(f"  at line {frames[-1].lineno} of your code")
    return "\n".join(lines)


def run(code, tests):
    out = io.StringIO()
    results = []
    user_ns = {"__name__": "exercise"}
    with redirect_stdout(out), redirect_stderr(out):
        try:
            exec(compile(code, "solution.py", "exec"), user_ns)
        except BaseException as exc:  # SyntaxError included; SystemExit must not end the run
            return {"results": [{"name": "<code>", "doc": "", "status": "error", "message": _describe(exc, "solution.py")}], "output": out.getvalue()[:OUTPUT_LIMIT]}
        test_ns = dict(user_ns)
        exec(compile(tests, "tests.py", "exec"), test_ns)
        for name, fn in list(test_ns.items()):
            if not (name.startswith("test_") and callable(fn) and getattr(getattr(fn, "__code__", None), "co_filename", "") == "tests.py"):
                continue
            doc = (fn.__doc__ or "").strip()
            try:
                fn()
                results.append({"name": name, "doc": doc, "status": "pass", "message": ""})
            except AssertionError as exc:
                results.append({"name": name, "doc": doc, "status": "fail", "message": str(exc) or "assertion failed"})
            except BaseException as exc:
                results.append({"name": name, "doc": doc, "status": "error", "message": _describe(exc, "solution.py")})
    return {"results": results, "output": out.getvalue()[:OUTPUT_LIMIT]}


# Pyodide runs this file as __main__ too; only CPython takes jobs from stdin.
if __name__ == "__main__" and sys.platform != "emscripten":
    # The content check: JSON [{id, code, tests}] on stdin, JSON [{id, results, output}] on stdout.
    import json

    jobs = json.load(sys.stdin)
    json.dump([{"id": job["id"], **run(job["code"], job["tests"])} for job in jobs], sys.stdout, ensure_ascii=False)
