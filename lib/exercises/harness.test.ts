import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Result = { name: string; doc: string; status: string; message: string };
const HARNESS = path.join(import.meta.dirname, "harness.py");

/** The harness as the content check runs it (CPython); the browser runs the same file in Pyodide. */
function run(code: string, tests: string): { results: Result[]; output: string } {
  const out = spawnSync("python3", [HARNESS], { input: JSON.stringify([{ id: "x", code, tests }]), encoding: "utf8" });
  expect(out.stderr).toBe("");
  return JSON.parse(out.stdout)[0];
}

const TESTS = `import math\n\ndef _close(a, b):\n    return math.isclose(a, b)\n\ndef test_half():\n    """一半"""\n    got = half(3)\n    assert _close(got, 1.5), f"expected 1.5, got {got}"\n\ndef test_zero():\n    """零"""\n    assert half(0) == 0\n`;

describe("the exercise harness", () => {
  it("runs the tests in file order and says which passed, which failed with the assert's message", () => {
    const { results } = run("def half(x):\n    return x // 2\n", TESTS);
    expect(results.map((r) => [r.name, r.doc, r.status])).toEqual([["test_half", "一半", "fail"], ["test_zero", "零", "pass"]]);
    expect(results[0]!.message).toBe("expected 1.5, got 1");
  });

  it("reports an exception in the candidate's code with its type and line", () => {
    const { results } = run("def half(x):\n    y = 1\n    return x / None\n", TESTS);
    expect(results[0]).toMatchObject({ status: "error" });
    expect(results[0]!.message).toMatch(/^TypeError: .*\n  at line 3 of your code$/);
  });

  it("reports code that does not even run as one error, the line included", () => {
    const { results } = run("def half(x)\n    return x\n", TESTS);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ name: "<code>", status: "error" });
    expect(results[0]!.message).toMatch(/SyntaxError/);
  });

  it("keeps the candidate's own helpers and functions apart from the tests'", () => {
    // The candidate's _close means something else, and their test_ function is not a test.
    const code = "def _close(a):\n    return a\n\ndef half(x):\n    return _close(x) / 2\n\ndef test_mine():\n    raise RuntimeError('not a test')\n";
    const { results } = run(code, TESTS);
    expect(results.map((r) => [r.name, r.status])).toEqual([["test_half", "pass"], ["test_zero", "pass"]]);
  });

  it("captures printed output, capped, and survives exit()", () => {
    const { results, output } = run("def half(x):\n    print('x' * 50000)\n    raise SystemExit(1)\n", TESTS);
    expect(output.length).toBe(10_000);
    expect(results.map((r) => r.status)).toEqual(["error", "error"]);
  });
});
