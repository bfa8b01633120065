/**
 * A project story is saved field by field as it is typed: a save builds on a version, a tab
 * behind is refused with what was saved since, a text over the Markdown limits is kept, and
 * nobody else's project can be written. Real database, both dialects.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { savePart } from "@/lib/projects/parts";
import { createIngestedTestDatabase, dialect, type TestDatabase } from "../support/test-db";
import { makeUser } from "../support/factories";

describe(`project stories on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  async function projectOf(userId: string) {
    const id = randomUUID();
    await t.db.project.create({ data: { id, userId, directions: ["reasoning"] } });
    return id;
  }

  it("saves a field in order, renders its Markdown once, and refuses a save built on an older version", async () => {
    const user = await makeUser(t.db);
    const projectId = await projectOf(user.id);
    const first = await savePart(t.db, user.id, { projectId, field: "approach", draft: "用 $\\hat A_i$ 做优势", baseVersion: 0 });
    expect(first).toMatchObject({ ok: true, version: 1, problem: null });
    expect(await savePart(t.db, user.id, { projectId, field: "approach", draft: "tab A 的版本", baseVersion: 1 })).toMatchObject({ ok: true, version: 2 });
    // A second tab still on version 1 is told what was saved since, and changes nothing.
    expect(await savePart(t.db, user.id, { projectId, field: "approach", draft: "tab B 的版本", baseVersion: 1 })).toMatchObject({ ok: false, status: 409, error: "stale", draft: "tab A 的版本", version: 2 });
    // So is a second tab's first save racing the first one.
    expect(await savePart(t.db, user.id, { projectId, field: "approach", draft: "another first", baseVersion: 0 })).toMatchObject({ ok: false, error: "stale", version: 2 });
    const part = await t.db.projectPart.findUniqueOrThrow({ where: { projectId_field: { projectId, field: "approach" } } });
    expect([part.text, part.version]).toEqual(["tab A 的版本", 2]);
    expect(part.html).toContain("<p>");
  });

  it("keeps a text over the Markdown limits, unrendered, and says why", async () => {
    const user = await makeUser(t.db);
    const projectId = await projectOf(user.id);
    const deep = Array.from({ length: 30 }, (_, i) => `${"> ".repeat(i)}层`).join("\n");
    expect(await savePart(t.db, user.id, { projectId, field: "results", draft: deep, baseVersion: 0 })).toMatchObject({ ok: true, problem: "markdownTooDeep" });
    const part = await t.db.projectPart.findUniqueOrThrow({ where: { projectId_field: { projectId, field: "results" } } });
    expect([part.text, part.html]).toEqual([deep, null]);
  });

  it("plain fields are never rendered", async () => {
    const user = await makeUser(t.db);
    const projectId = await projectOf(user.id);
    await savePart(t.db, user.id, { projectId, field: "title", draft: "**GRPO** <b>x</b>", baseVersion: 0 });
    expect((await t.db.projectPart.findUniqueOrThrow({ where: { projectId_field: { projectId, field: "title" } } })).html).toBeNull();
  });

  it("someone else's project looks absent and is left as it was", async () => {
    const owner = await makeUser(t.db);
    const intruder = await makeUser(t.db);
    const projectId = await projectOf(owner.id);
    expect(await savePart(t.db, intruder.id, { projectId, field: "problem", draft: "mine now", baseVersion: 0 })).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.projectPart.count({ where: { projectId } })).toBe(0);
  });
});
