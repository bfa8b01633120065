/**
 * Checks: ingested with their faces apart from their keys, graded on the server, recorded as
 * a review whose rating follows from the answer — a retried answer counts once. Real
 * database, both dialects.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judge } from "@/lib/checks/judge";
import { ratingFor } from "@/lib/checks/grade";
import { checkFacesSchema } from "@/lib/checks/present";
import { gradeCard, queueFor } from "@/lib/practice/review-service";
import { createIngestedTestDatabase, dialect, type TestDatabase } from "../support/test-db";
import { makeUser } from "../support/factories";

describe(`checks on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  const facesOf = async (id: string) => checkFacesSchema.parse((await t.db.check.findUniqueOrThrow({ where: { id } })).faces);
  const tokenOf = async (id: string, text: string) => (await facesOf(id)).choices.find((c) => c.html.includes(text))!.token;

  it("stores each check as a card after its question, with faces that do not give the answer away", async () => {
    const cards = await t.db.card.findMany({ where: { questionId: "fixture-grpo-basics", kind: { in: ["question", "check"] } }, orderBy: { order: "asc" } });
    expect(cards.map((c) => c.id)).toEqual(["q:fixture-grpo-basics", "c:fixture-grpo-basics-c1", "c:fixture-grpo-basics-c2", "c:fixture-grpo-basics-c3"]);
    for (const id of ["fixture-grpo-basics-c1", "fixture-grpo-basics-c2", "fixture-grpo-basics-c3"]) {
      const stored = (await t.db.check.findUniqueOrThrow({ where: { id } })).faces as Record<string, unknown>;
      expect(Object.keys(stored).sort()).toEqual(["choices", "prompt", "type", "unit"]);
      expect(JSON.stringify(stored)).not.toContain("64");
    }
    // The order item is shown out of order.
    const order = (await facesOf("fixture-grpo-basics-c3")).choices.map((c) => c.html);
    expect(order.map((h) => h.replace(/<[^>]+>/g, "").trim())).not.toEqual(["采样一组回答", "打分", "组内归一化", "更新策略"]);
  });

  it("judges each type against the key", async () => {
    const right = await tokenOf("fixture-grpo-basics-c1", "组内均值");
    const wrong = await tokenOf("fixture-grpo-basics-c1", "价值网络");
    expect(await judge(t.db, "fixture-grpo-basics-c1", { tokens: [right] })).toMatchObject({ right: true, answer: { tokens: [right] } });
    expect(await judge(t.db, "fixture-grpo-basics-c1", { tokens: [wrong] })).toMatchObject({ right: false, explainHtml: expect.stringContaining("组内均值") });
    expect(await judge(t.db, "fixture-grpo-basics-c2", { value: 64 })).toMatchObject({ right: true });
    expect(await judge(t.db, "fixture-grpo-basics-c2", { value: 63 })).toMatchObject({ right: false, answer: { value: 64 } });
    const steps = await Promise.all(["采样一组回答", "打分", "组内归一化", "更新策略"].map((s) => tokenOf("fixture-grpo-basics-c3", s)));
    expect(await judge(t.db, "fixture-grpo-basics-c3", { tokens: steps })).toMatchObject({ right: true });
    expect(await judge(t.db, "fixture-grpo-basics-c3", { tokens: [...steps].reverse() })).toMatchObject({ right: false });
    expect(await judge(t.db, "no-such-check", { value: 1 })).toBeNull();
  });

  it("records the derived rating once, however often the answer is sent", async () => {
    const user = await makeUser(t.db);
    const verdict = (await judge(t.db, "fixture-grpo-basics-c2", { value: 63 }))!;
    const rating = ratingFor(verdict.type, verdict.right, 5_000);
    expect(rating).toBe(1);
    const input = { cardId: "c:fixture-grpo-basics-c2", rating, clientReviewId: randomUUID(), expectedVersion: 0, durationMs: 5_000, mode: "drill" as const, answer: JSON.stringify({ value: 63 }) };
    const first = await gradeCard(t.db, user.id, input);
    const retry = await gradeCard(t.db, user.id, input);
    expect(first).toMatchObject({ ok: true, duplicate: false, version: 1 });
    expect(retry).toMatchObject({ ok: true, duplicate: true, version: 1 });
    const logs = await t.db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ cardId: "c:fixture-grpo-basics-c2", rating: 1, answer: '{"value":63}' });
    expect(await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "c:fixture-grpo-basics-c2" } } })).toMatchObject({ version: 1, lapses: 0 });
  });
});

describe(`sibling checks on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("wait a day after their question was reviewed, then come in", async () => {
    const user = await makeUser(t.db);
    await t.db.studySettings.create({ data: { userId: user.id, directions: ["reasoning"], levels: [], newPerDay: 50, timeZone: "UTC" } });
    const now = new Date("2030-03-01T10:00:00Z");
    const before = await queueFor(t.db, user.id, now, { limit: 50 });
    expect(before.newIds).toContain("c:fixture-grpo-basics-c1");
    const graded = await gradeCard(t.db, user.id, { cardId: "q:fixture-grpo-basics", rating: 3, clientReviewId: randomUUID(), expectedVersion: 0, durationMs: 9_000, mode: "review" }, now);
    expect(graded.ok).toBe(true);
    const sameDay = await queueFor(t.db, user.id, new Date("2030-03-01T20:00:00Z"), { limit: 50 });
    expect(sameDay.newIds.filter((id) => id.startsWith("c:fixture-grpo-basics-"))).toEqual([]);
    expect(sameDay.newIds.length).toBeGreaterThan(0); // other cards still come
    const nextDay = await queueFor(t.db, user.id, new Date("2030-03-02T08:00:00Z"), { limit: 50 });
    expect(nextDay.newIds).toContain("c:fixture-grpo-basics-c1");
  });
});
