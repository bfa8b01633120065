import { describe, expect, it } from "vitest";
import { parseExercise, testNamesOf } from "./parse-exercise";

const README = `---
id: pass-at-k
level: L1
title: { zh: "无偏 pass@k", en: "Unbiased pass@k" }
directions: [code-agent]
topics: [evaluation]
sources:
  - { title: "Evaluating Large Language Models Trained on Code", arxiv: "2107.03374" }
questions: [pass-at-k-unbiased-estimator]
---
实现无偏的 $\\text{pass@}k$ 估计。

## 函数签名
\`\`\`python
def pass_at_k(n: int, c: int, k: int) -> float:
\`\`\`

## 示例
\`\`\`python
pass_at_k(2, 1, 1)  # 0.5
\`\`\`

## 提示
- 用乘积形式

## 详解
$1-\\binom{n-c}{k}/\\binom{n}{k}$。
`;
const TESTS = ["one", "two", "three", "four"].map((t) => `def test_${t}():\n    """${t} 的情形"""\n    assert pass_at_k(2, 1, 1) == 0.5\n`).join("\n");
const files = { "README.md": README, "starter.py": "def pass_at_k(n, c, k):\n    raise NotImplementedError\n", "solution.py": "def pass_at_k(n, c, k):\n    return 0.5\n", "tests.py": TESTS };
const dir = "content/exercises/pass-at-k";

describe("an exercise directory", () => {
  it("gives the task, its sections, the code as written and the tests in order with their names", () => {
    const { doc, problems } = parseExercise(dir, files);
    expect(problems).toEqual([]);
    expect(doc).toMatchObject({ id: "pass-at-k", level: "L1", task: "实现无偏的 $\\text{pass@}k$ 估计。", hints: ["用乘积形式"], starter: files["starter.py"] });
    expect(doc!.testNames).toEqual(["one", "two", "three", "four"].map((t) => ({ name: `test_${t}`, doc: `${t} 的情形` })));
  });

  it("names the file, line and field of each problem, and keeps nothing", () => {
    const cases: [Partial<typeof files>, RegExp][] = [
      [{ ...files, "tests.py": undefined }, /tests\.py is missing/],
      [{ ...files, "README.md": README.replace("id: pass-at-k", "id: pass-at-j") }, /must equal the directory name "pass-at-k"/],
      [{ ...files, "README.md": README.replace("## 提示\n- 用乘积形式\n", "") }, /## 提示.*required section is missing/],
      [{ ...files, "README.md": README.replace("questions: [pass-at-k-unbiased-estimator]\n", "") }, /questions/],
      [{ ...files, "solution.py": "def passk(n, c, k):\n    return 0.5\n" }, /solution\.py.*must define pass_at_k\(\)/],
      [{ ...files, "tests.py": TESTS.split("\ndef test_four")[0] }, /at least 4 test functions.*found 3/],
      [{ ...files, "tests.py": TESTS.replace('    """two 的情形"""\n', "") }, /tests\.py:5.*test_two.*docstring/],
      [{ ...files, "tests.py": `from solution import pass_at_k\n${TESTS}` }, /tests\.py:1.*do not import solution/],
    ];
    for (const [input, message] of cases) {
      const { doc, problems } = parseExercise(dir, input);
      expect(doc, String(message)).toBeNull();
      expect(problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`).join("\n"), String(message)).toMatch(message);
    }
  });

  it("reads test names in file order, docstrings in either quote style", () => {
    expect(testNamesOf(`def helper():\n    pass\n\ndef test_b():\n    '''乙'''\n\ndef test_a():\n    """甲"""\n`).map((t) => [t.name, t.doc, t.line])).toEqual([["test_b", "乙", 4], ["test_a", "甲", 7]]);
  });
});
