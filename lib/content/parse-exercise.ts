/**
 * Parses one hand-coding exercise directory (content/exercises/<id>/: README.md, starter.py,
 * solution.py, tests.py) into its document, with every problem's file and line. Running the
 * Python is not done here: the content check runs every solution and starter against its tests
 * in CPython and in Pyodide (scripts/content-check.ts). Pure.
 */
import path from "node:path";
import type { Problem } from "./problems.ts";
import { exerciseFrontmatter } from "./schema.ts";
import type { ExerciseDoc } from "./types.ts";
import { bullets, open, section, sha, type Parsed } from "./parse-markdown-docs.ts";

export const EXERCISE_FILES = ["README.md", "starter.py", "solution.py", "tests.py"] as const;
export const MIN_TESTS = 4;

const TEST_DEF = /^def (test_\w+)\(\):\n[ \t]+(?:"""([^\n]*?)"""|'''([^\n]*?)''')?/gm;

/** The test functions of a tests.py, in order, with their one-line docstrings. */
export function testNamesOf(tests: string): { name: string; doc: string; line: number }[] {
  return [...tests.matchAll(TEST_DEF)].map((m) => ({ name: m[1]!, doc: (m[2] ?? m[3] ?? "").trim(), line: tests.slice(0, m.index).split("\n").length }));
}

/** The top-level functions and classes a signature block defines: what starter.py and solution.py must both define. */
export function definedFunctions(python: string): string[] {
  return [...python.matchAll(/^(?:def|class) (\w+)\b/gm)].map((m) => m[1]!);
}

export function parseExercise(dir: string, files: Partial<Record<(typeof EXERCISE_FILES)[number], string>>): Parsed<ExerciseDoc> {
  const problems: Problem[] = [];
  for (const name of EXERCISE_FILES) {
    if (files[name] === undefined) problems.push({ file: `${dir}/${name}`, line: 1, field: "file", message: `an exercise needs ${EXERCISE_FILES.join(", ")}; ${name} is missing` });
  }
  if (problems.length) return { doc: null, problems };
  const readme = `${dir}/README.md`;
  const ctx = open(readme, files["README.md"]!, exerciseFrontmatter);
  if (Array.isArray(ctx)) return { doc: null, problems: ctx };
  const { fm } = ctx;
  if (fm.id !== path.basename(dir)) ctx.problems.push({ file: readme, line: ctx.lineOf(["id"]), field: "id", message: `"${fm.id}" must equal the directory name "${path.basename(dir)}"` });
  const preamble = ctx.sections.find((s) => !s.heading);
  if (!preamble?.markdown) ctx.problems.push({ file: readme, line: ctx.bodyLine, field: "body", message: "the task goes first, before `## 函数签名`" });
  const signature = section(ctx, "函数签名", true);
  const examples = section(ctx, "示例", true);
  const hints = bullets(ctx, section(ctx, "提示", true), 1, 5);
  const explanation = section(ctx, "详解", true);

  const functions = definedFunctions(signature?.markdown ?? "");
  if (signature && !functions.length) ctx.problems.push({ file: readme, line: signature.line, field: "## 函数签名", message: "needs a ```python block with the def (or class) line(s) to implement" });
  for (const name of ["starter.py", "solution.py"] as const) {
    const defined = new Set(definedFunctions(files[name]!));
    for (const fn of functions) if (!defined.has(fn)) ctx.problems.push({ file: `${dir}/${name}`, line: 1, field: "def", message: `must define ${fn}() as the signature says` });
  }
  const tests = files["tests.py"]!;
  const testNames = testNamesOf(tests);
  const testsFile = `${dir}/tests.py`;
  if (testNames.length < MIN_TESTS) ctx.problems.push({ file: testsFile, line: 1, field: "tests", message: `needs at least ${MIN_TESTS} test functions (def test_…():), found ${testNames.length}` });
  for (const t of testNames) if (!t.doc) ctx.problems.push({ file: testsFile, line: t.line, field: t.name, message: "needs a one-line docstring: it is what the reader sees as the test's name" });
  const importLine = tests.split("\n").findIndex((l) => /^\s*(from|import)\s+(solution|starter)\b/.test(l));
  if (importLine >= 0) ctx.problems.push({ file: testsFile, line: importLine + 1, field: "import", message: "tests run in the code's namespace: call the functions by name, do not import solution" });

  const lines: Record<string, number> = Object.fromEntries(["directions", "topics", "questions"].map((k) => [k, ctx.lineOf([k])]));
  return {
    doc: ctx.problems.length ? null : {
      id: fm.id, level: fm.level, title: fm.title, directions: fm.directions, topics: fm.topics, sources: fm.sources, questions: fm.questions,
      task: preamble!.markdown, signature: signature!.markdown, examples: examples!.markdown, hints, explanation: explanation!.markdown,
      starter: files["starter.py"]!, solution: files["solution.py"]!, tests, testNames: testNames.map(({ name, doc }) => ({ name, doc })),
      path: dir, hash: sha(JSON.stringify(EXERCISE_FILES.map((f) => files[f]))), refs: { links: ctx.links, lines },
    },
    problems: ctx.problems,
  };
}
