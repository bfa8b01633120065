/**
 * A mock keeps its clock and drafts on the server, and its report's follow-ups (misses into
 * review, retry) happen once however often they are asked for. Real database, both dialects.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDraft, secondsUsed, startItem } from "@/lib/mock/answering";
import { addMissesToReview, retryMock } from "@/lib/mock/follow-up";
import { answerQuizCheck, endQuiz, startQuiz } from "@/lib/mock/quiz-round";
import { createIngestedTestDatabase, dialect, type TestDatabase } from "../support/test-db";
import { makeUser } from "../support/factories";

describe(`mock answers on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  async function mockOf(userId: string, questions: string[]) {
    const id = randomUUID();
    const items = questions.map((questionId, position) => ({ id: randomUUID(), position, questionId, timeLimitSec: 180, keyPointCount: 2 }));
    await t.db.mockInterview.create({ data: { id, userId, config: { directions: ["reasoning"], mix: { L1: 1, L2: 1, L3: 0 } }, items: { create: items } } });
    return { id, items };
  }

  it("starts the clock once: a reload later does not restart it", async () => {
    const user = await makeUser(t.db);
    const { id, items } = await mockOf(user.id, ["fixture-grpo-basics"]);
    const t0 = new Date("2030-01-01T10:00:00Z");
    expect(await startItem(t.db, user.id, id, items[0]!.id, t0)).toEqual(t0);
    expect(await startItem(t.db, user.id, id, items[0]!.id, new Date(t0.getTime() + 90_000))).toEqual(t0);
    expect(secondsUsed(t0, new Date(t0.getTime() + 95_400))).toBe(95);
  });

  it("saves drafts in order, refuses one built on an older draft, and never touches an answer", async () => {
    const user = await makeUser(t.db);
    const { id, items } = await mockOf(user.id, ["fixture-grpo-basics"]);
    const itemId = items[0]!.id;
    expect(await saveDraft(t.db, user.id, { mockId: id, itemId, draft: "tab A", baseVersion: 0 })).toMatchObject({ ok: true, version: 1 });
    expect(await saveDraft(t.db, user.id, { mockId: id, itemId, draft: "tab B", baseVersion: 1 })).toMatchObject({ ok: true, version: 2 });
    // Tab A still thinks version 1 is the latest.
    expect(await saveDraft(t.db, user.id, { mockId: id, itemId, draft: "tab A again", baseVersion: 1 })).toEqual({ ok: false, status: 409, error: "stale", message: expect.any(String), draft: "tab B", version: 2 });
    await t.db.mockItem.update({ where: { id: itemId }, data: { answer: "final", answeredAt: new Date() } });
    expect(await saveDraft(t.db, user.id, { mockId: id, itemId, draft: "after", baseVersion: 2 })).toMatchObject({ ok: false, error: "answered" });
    expect(await t.db.mockItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ draft: "tab B", answer: "final" });
  });

  it("someone else's mock looks absent and is left as it was", async () => {
    const owner = await makeUser(t.db);
    const other = await makeUser(t.db);
    const { id, items } = await mockOf(owner.id, ["fixture-grpo-basics"]);
    expect(await saveDraft(t.db, other.id, { mockId: id, itemId: items[0]!.id, draft: "not mine", baseVersion: 0 })).toMatchObject({ ok: false, status: 404 });
    expect(await startItem(t.db, other.id, id, items[0]!.id)).toBeNull();
    expect(await addMissesToReview(t.db, other.id, id)).toBeNull();
    expect(await retryMock(t.db, other.id, id)).toBeNull();
    expect(await t.db.mockItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).toMatchObject({ draft: null, startedAt: null });
  });

  it("puts each missed question into review as Again, once, however often it is asked", async () => {
    const user = await makeUser(t.db);
    const { id, items } = await mockOf(user.id, ["fixture-grpo-basics", "fixture-ppo-clip"]);
    const graded = new Date("2030-02-01T09:00:00Z");
    // The first answer missed a key point; the second covered both.
    await t.db.mockItem.update({ where: { id: items[0]!.id }, data: { answer: "half", answeredAt: graded, timeUsedSec: 60, checkedPoints: [0], pitfallHit: false, gradedAt: graded } });
    await t.db.mockItem.update({ where: { id: items[1]!.id }, data: { answer: "all", answeredAt: graded, timeUsedSec: 60, checkedPoints: [0, 1], pitfallHit: false, gradedAt: graded } });
    const now = new Date("2030-02-01T09:05:00Z");
    expect(await addMissesToReview(t.db, user.id, id, now)).toEqual({ added: 1, already: 0 });
    expect(await addMissesToReview(t.db, user.id, id, now)).toEqual({ added: 0, already: 1 });
    const logs = await t.db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs.map((l) => [l.cardId, l.rating, l.source, l.answer])).toEqual([["q:fixture-grpo-basics", 1, "mock", "half"]]);
    const state = await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "q:fixture-grpo-basics" } } });
    // Again on a new card: a learning step, due within minutes.
    expect(state.due.getTime() - now.getTime()).toBeLessThanOrEqual(10 * 60_000);
  });

  it("a retry is a new mock with the same questions in the same order", async () => {
    const user = await makeUser(t.db);
    const { id } = await mockOf(user.id, ["fixture-ppo-clip", "fixture-grpo-basics"]);
    const again = await retryMock(t.db, user.id, id);
    expect(again).not.toBe(id);
    const items = await t.db.mockItem.findMany({ where: { mockId: again! }, orderBy: { position: "asc" } });
    expect(items.map((i) => [i.questionId, i.answer, i.startedAt])).toEqual([["fixture-ppo-clip", null, null], ["fixture-grpo-basics", null, null]]);
  });

  /** A mock of written questions (none by default) and a quiz round of the fixture's checks. */
  async function quizMockOf(userId: string, options: { questions?: string[]; limitSec?: number } = {}) {
    const { id, items } = await mockOf(userId, options.questions ?? []);
    const checks = ["fixture-grpo-basics-c1", "fixture-grpo-basics-c2"].map((checkId, position) => ({ id: randomUUID(), position, checkId }));
    await t.db.mockInterview.update({ where: { id }, data: { quizLimitSec: options.limitSec ?? 105, checks: { create: checks } } });
    return { id, items, checks };
  }
  const rightChoice = async () => {
    const row = await t.db.check.findUniqueOrThrow({ where: { id: "fixture-grpo-basics-c1" } });
    return { tokens: (row.key as { right: string[] }).right };
  };

  it("grades and keeps a quiz answer once: a retry or a second tab cannot change it", async () => {
    const user = await makeUser(t.db);
    const { id, checks } = await quizMockOf(user.id);
    const t0 = new Date("2030-03-01T10:00:00Z");
    await startQuiz(t.db, user.id, id, t0);
    const right = await rightChoice();
    const at = new Date(t0.getTime() + 20_000);
    expect(await answerQuizCheck(t.db, user.id, { mockId: id, mockCheckId: checks[0]!.id, response: right }, at)).toEqual({ ok: true, duplicate: false, left: 1 });
    expect(await answerQuizCheck(t.db, user.id, { mockId: id, mockCheckId: checks[0]!.id, response: { tokens: ["nope"] } }, at)).toEqual({ ok: true, duplicate: true, left: 1 });
    const kept = await t.db.mockCheck.findUniqueOrThrow({ where: { id: checks[0]!.id } });
    expect([kept.correct, kept.response, kept.answeredAt]).toEqual([true, right, at]);
  });

  it("the last answer ends the round, and the mock once its written answers are graded", async () => {
    const user = await makeUser(t.db);
    const { id, items, checks } = await quizMockOf(user.id, { questions: ["fixture-ppo-clip"] });
    const t0 = new Date("2030-03-01T10:00:00Z");
    await startQuiz(t.db, user.id, id, t0);
    await answerQuizCheck(t.db, user.id, { mockId: id, mockCheckId: checks[0]!.id, response: await rightChoice() }, t0);
    const last = new Date(t0.getTime() + 30_000);
    expect(await answerQuizCheck(t.db, user.id, { mockId: id, mockCheckId: checks[1]!.id, response: { value: 63 } }, last)).toMatchObject({ ok: true, left: 0 });
    let mock = await t.db.mockInterview.findUniqueOrThrow({ where: { id } });
    expect([mock.quizEndedAt, mock.finishedAt]).toEqual([last, null]); // a written answer is still ungraded
    expect((await t.db.mockCheck.findUniqueOrThrow({ where: { id: checks[1]!.id } })).correct).toBe(false); // 64, not 63

    await t.db.mockItem.update({ where: { id: items[0]!.id }, data: { answeredAt: last, gradedAt: last, checkedPoints: [0, 1] } });
    await endQuiz(t.db, user.id, id, new Date(last.getTime() + 1_000)); // a no-op on the round; the mock is now done
    mock = await t.db.mockInterview.findUniqueOrThrow({ where: { id } });
    expect(mock.quizEndedAt).toEqual(last);
    expect(mock.finishedAt).not.toBeNull();
  });

  it("refuses an answer after the clock and grace ran out, ends the round, and keeps nothing", async () => {
    const user = await makeUser(t.db);
    const { id, checks } = await quizMockOf(user.id, { limitSec: 60 });
    const t0 = new Date("2030-03-01T10:00:00Z");
    await startQuiz(t.db, user.id, id, t0);
    const late = new Date(t0.getTime() + 66_000);
    expect(await answerQuizCheck(t.db, user.id, { mockId: id, mockCheckId: checks[0]!.id, response: await rightChoice() }, late)).toMatchObject({ ok: false, status: 409, error: "time_up" });
    expect((await t.db.mockCheck.findUniqueOrThrow({ where: { id: checks[0]!.id } })).answeredAt).toBeNull();
    const mock = await t.db.mockInterview.findUniqueOrThrow({ where: { id } });
    expect(mock.quizEndedAt).toEqual(late);
    expect(mock.finishedAt).toEqual(late); // no written questions: the round was all of it
  });

  it("someone else's quiz looks absent and is left as it was", async () => {
    const owner = await makeUser(t.db);
    const intruder = await makeUser(t.db);
    const { id, checks } = await quizMockOf(owner.id);
    expect(await answerQuizCheck(t.db, intruder.id, { mockId: id, mockCheckId: checks[0]!.id, response: await rightChoice() })).toMatchObject({ ok: false, status: 404 });
    expect(await startQuiz(t.db, intruder.id, id)).toBeNull();
    expect(await endQuiz(t.db, intruder.id, id)).toBe(false);
    const mock = await t.db.mockInterview.findUniqueOrThrow({ where: { id }, include: { checks: true } });
    expect([mock.quizStartedAt, mock.quizEndedAt, mock.checks.every((c) => c.answeredAt === null)]).toEqual([null, null, true]);
  });

  it("puts each quiz check missed or left unanswered into review as Again, once", async () => {
    const user = await makeUser(t.db);
    const { id, checks } = await quizMockOf(user.id);
    const t0 = new Date("2030-03-02T10:00:00Z");
    await startQuiz(t.db, user.id, id, t0);
    await answerQuizCheck(t.db, user.id, { mockId: id, mockCheckId: checks[0]!.id, response: await rightChoice() }, t0);
    expect(await addMissesToReview(t.db, user.id, id, t0)).toEqual({ added: 0, already: 0 }); // the round is still on
    await endQuiz(t.db, user.id, id, t0);
    expect(await addMissesToReview(t.db, user.id, id, t0)).toEqual({ added: 1, already: 0 });
    expect(await addMissesToReview(t.db, user.id, id, t0)).toEqual({ added: 0, already: 1 });
    const logs = await t.db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs.map((l) => [l.cardId, l.rating, l.source])).toEqual([["c:fixture-grpo-basics-c2", 1, "mock"]]);
  });

  it("a retry asks the same quiz checks again, unanswered, with the same clock", async () => {
    const user = await makeUser(t.db);
    const { id } = await quizMockOf(user.id, { limitSec: 105 });
    await answerQuizCheck(t.db, user.id, { mockId: id, mockCheckId: (await t.db.mockCheck.findFirstOrThrow({ where: { mockId: id } })).id, response: await rightChoice() });
    const again = (await retryMock(t.db, user.id, id))!;
    const mock = await t.db.mockInterview.findUniqueOrThrow({ where: { id: again }, include: { checks: { orderBy: { position: "asc" } } } });
    expect(mock.quizLimitSec).toBe(105);
    expect(mock.checks.map((c) => [c.checkId, c.answeredAt])).toEqual([["fixture-grpo-basics-c1", null], ["fixture-grpo-basics-c2", null]]);
  });
});
