import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory } from "@/lib/content/run-ingest";
import { formatProblem } from "@/lib/content/problems";
import { DbNull } from "@/lib/db/json";
import { createTestDatabase, dialect, ROOT, type TestDatabase } from "../support/test-db";

const FIXTURES = path.join(ROOT, "tests/fixtures/content");

/** A private copy of the fixture corpus that a test may break or trim. */
function corpusCopy(): { root: string; dir: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), "rollout-corpus-"));
  cpSync(FIXTURES, path.join(root, "content"), { recursive: true });
  return { root, dir: "content", cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

async function snapshot(t: TestDatabase) {
  const [questions, state] = await Promise.all([
    t.db.question.findMany({ orderBy: { id: "asc" }, select: { id: true, contentHash: true, retiredAt: true, titleZh: true } }),
    t.db.contentState.findMany(),
  ]);
  return { questions, state };
}

describe(`ingest on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("ingests the fixture corpus with its relations", async () => {
    const outcome = await ingestDirectory(t.db, ROOT, "tests/fixtures/content");
    expect(outcome.ok).toBe(true);
    expect(await t.db.direction.count()).toBe(2);
    expect(await t.db.question.count()).toBe(4);
    expect(await t.db.formulaCard.count()).toBe(2);
    const q = await t.db.question.findUniqueOrThrow({ where: { id: "fixture-ppo-clip" }, include: { directions: { orderBy: { position: "asc" } }, topics: true } });
    expect(q.directions.map((d) => d.directionSlug)).toEqual(["reasoning", "agentic-search"]);
    expect(q.topics.map((x) => x.topicId).sort()).toEqual(["grpo", "ppo"]);
    expect(q.keyPoints).toHaveLength(3);
    // An exercise: its README rendered once, its Python as written, its tests named in order.
    const e = await t.db.exercise.findUniqueOrThrow({ where: { id: "fixture-group-advantage" } });
    expect((e.faces as { task: string }).task).toContain("katex");
    expect(e.starter).toContain("raise NotImplementedError");
    expect((e.testNames as { name: string }[]).map((x) => x.name)).toEqual(["test_pair", "test_equal", "test_empty", "test_single"]);
  });

  it("re-ingesting unchanged content is a no-op", async () => {
    const before = await snapshot(t);
    const again = await ingestDirectory(t.db, ROOT, "tests/fixtures/content");
    expect(again.ok && again.report.unchanged).toBe(true);
    expect(await snapshot(t)).toEqual(before);
    // Forcing walks every row but still rewrites none of them.
    const forced = await ingestDirectory(t.db, ROOT, "tests/fixtures/content", { force: true });
    expect(forced.ok && forced.report.tallies.questions).toEqual({ created: 0, updated: 0, retired: 0, unchanged: 4 });
    expect((await snapshot(t)).questions).toEqual(before.questions);
  });

  it("stores the HTML review pages show, and renders it again when the renderer changes", async () => {
    const q = await t.db.question.findUniqueOrThrow({ where: { id: "fixture-ppo-clip" } });
    const faces = q.faces as { keyPoints: string[]; pitfall: string };
    expect(faces.keyPoints).toHaveLength(3);
    expect(faces.keyPoints.join("")).toMatch(/<p>/);
    const formula = await t.db.formulaCard.findFirstOrThrow();
    expect((formula.faces as { front: string }).front).toContain('class="katex-display"');
    // A database ingested by a version that stored no HTML (its fingerprints lack the renderer's).
    await t.db.question.updateMany({ data: { faces: DbNull, contentHash: "old" } });
    await t.db.formulaCard.updateMany({ data: { faces: DbNull, contentHash: "old" } });
    await t.db.contentState.updateMany({ data: { corpusHash: "old" } });
    const upgraded = await ingestDirectory(t.db, ROOT, "tests/fixtures/content");
    expect(upgraded.ok && upgraded.report.tallies.questions?.updated).toBe(4);
    expect(await t.db.question.count({ where: { faces: { equals: DbNull } } })).toBe(0);
    expect(await t.db.formulaCard.count({ where: { faces: { equals: DbNull } } })).toBe(0);
  });

  it("reports every problem as file:line and leaves the database unchanged", async () => {
    const before = await snapshot(t);
    const copy = corpusCopy();
    try {
      const q = path.join(copy.root, "content/questions/reasoning/fixture-grpo-basics.md");
      writeFileSync(q, readFileSync(q, "utf8").replace("level: L1", "level: L9").replace("directions: [reasoning]", "directions: [reasoning, nowhere]"));
      const n = path.join(copy.root, "content/notes/fixture-note.md");
      writeFileSync(n, readFileSync(n, "utf8").replace("\\operatorname{clip}(\\rho_i", "\\frac{\\rho_i"));
      const outcome = await ingestDirectory(t.db, copy.root, copy.dir);
      expect(outcome.ok).toBe(false);
      const lines = !outcome.ok ? outcome.problems.map(formatProblem) : [];
      expect(lines).toEqual(
        expect.arrayContaining([
          "content/questions/reasoning/fixture-grpo-basics.md:3: level: must be L1, L2 or L3",
          expect.stringMatching(/^content\/notes\/fixture-note\.md:1\d: body: math: KaTeX parse error/),
        ]),
      );
      expect(await snapshot(t)).toEqual(before);
    } finally {
      copy.cleanup();
    }
  });

  it("refuses a body that points readers at our source documents, naming the file and line", async () => {
    const before = await snapshot(t);
    const copy = corpusCopy();
    try {
      const q = path.join(copy.root, "content/questions/reasoning/fixture-grpo-basics.md");
      const text = readFileSync(q, "utf8");
      // seed_ref is metadata and stays allowed; the body line is what a reader would see.
      const changed = text.replace("id: fixture-grpo-basics", 'id: fixture-grpo-basics\nseed_ref: "003 Q7"').replace("- 同一 prompt 采样 $G$ 个回答", "- 据 003 Q7，同一 prompt 采样 $G$ 个回答");
      writeFileSync(q, changed);
      const line = changed.split("\n").findIndex((l) => l.startsWith("- 据 003 Q7")) + 1;
      const outcome = await ingestDirectory(t.db, copy.root, copy.dir);
      const lines = !outcome.ok ? outcome.problems.map(formatProblem) : [];
      expect(lines).toEqual([expect.stringContaining(`content/questions/reasoning/fixture-grpo-basics.md:${line}: voice: names a source document by its number ("003")`)]);
      expect(await snapshot(t)).toEqual(before);
    } finally {
      copy.cleanup();
    }
  });

  it("catches unknown directions and duplicate ids across folders", async () => {
    const copy = corpusCopy();
    try {
      const q = path.join(copy.root, "content/questions/reasoning/fixture-ppo-clip.md");
      writeFileSync(q, readFileSync(q, "utf8").replace("directions: [reasoning, agentic-search]", "directions: [reasoning, nowhere]"));
      const dup = readFileSync(path.join(copy.root, "content/questions/reasoning/fixture-open-reward.md"), "utf8");
      writeFileSync(path.join(copy.root, "content/questions/agentic-search/fixture-open-reward.md"), dup.replace("directions: [reasoning]", "directions: [agentic-search]"));
      const outcome = await ingestDirectory(t.db, copy.root, copy.dir);
      const lines = !outcome.ok ? outcome.problems.map(formatProblem) : [];
      expect(lines).toEqual(
        expect.arrayContaining([
          'content/questions/reasoning/fixture-ppo-clip.md:5: directions: unknown direction "nowhere"',
          expect.stringContaining('duplicate id "fixture-open-reward"'),
        ]),
      );
    } finally {
      copy.cleanup();
    }
  });

  it("refuses to drop a question a plan still uses", async () => {
    const copy = corpusCopy();
    try {
      rmSync(path.join(copy.root, "content/questions/reasoning/fixture-open-reward.md"));
      const outcome = await ingestDirectory(t.db, copy.root, copy.dir);
      expect(!outcome.ok && outcome.problems.map(formatProblem)).toContainEqual(expect.stringContaining('unknown question "fixture-open-reward"'));
    } finally {
      copy.cleanup();
    }
  });

  it("retires a removed question instead of deleting it, and revives it when it returns", async () => {
    const copy = corpusCopy();
    try {
      rmSync(path.join(copy.root, "content/questions/agentic-search/fixture-when-to-search.md"));
      const outcome = await ingestDirectory(t.db, copy.root, copy.dir);
      expect(outcome.ok && outcome.report.tallies.questions!.retired).toBe(1);
      const retired = await t.db.question.findUniqueOrThrow({ where: { id: "fixture-when-to-search" } });
      expect(retired.retiredAt).not.toBeNull();
      expect(await t.db.question.count({ where: { retiredAt: null } })).toBe(3);

      const back = await ingestDirectory(t.db, ROOT, "tests/fixtures/content");
      expect(back.ok && back.report.tallies.questions!.updated).toBe(1);
      expect((await t.db.question.findUniqueOrThrow({ where: { id: "fixture-when-to-search" } })).retiredAt).toBeNull();
    } finally {
      copy.cleanup();
    }
  });

  it("rewrites only the question whose file changed", async () => {
    const copy = corpusCopy();
    try {
      const q = path.join(copy.root, "content/questions/reasoning/fixture-ppo-clip.md");
      writeFileSync(q, readFileSync(q, "utf8").replace("推导 PPO 的 clip 目标", "推导 PPO 的裁剪目标"));
      const outcome = await ingestDirectory(t.db, copy.root, copy.dir);
      expect(outcome.ok && outcome.report.tallies.questions).toEqual({ created: 0, updated: 1, retired: 0, unchanged: 3 });
      expect((await t.db.question.findUniqueOrThrow({ where: { id: "fixture-ppo-clip" } })).titleZh).toBe("推导 PPO 的裁剪目标");
    } finally {
      copy.cleanup();
    }
  });
});
