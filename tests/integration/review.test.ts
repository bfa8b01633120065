import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeCard, queueFor, type GradeInput } from "@/lib/practice/review-service";
import { snapshotOf } from "@/lib/practice/card-state";
import { replay, type ScheduleParams } from "@/lib/practice/scheduler";
import { totalsFromLog } from "@/lib/practice/review-days";
import { scheduledDaysBefore } from "@/lib/practice/snapshot";
import { createIngestedTestDatabase, dialect, type TestDatabase } from "../support/test-db";
import { makeUser } from "../support/factories";

let n = 0;
const grade = (cardId: string, extra: Partial<GradeInput> = {}): GradeInput => ({
  cardId, rating: 3, clientReviewId: `test-${Date.now()}-${n++}`, expectedVersion: 0, durationMs: 1000, mode: "review", ...extra,
});

/** The per-day totals kept with each grade equal those computed from the whole log. */
async function assertDaysMatchLog(t: TestDatabase, userId: string, timeZone = "Asia/Shanghai") {
  const logs = await t.db.reviewLog.findMany({ where: { userId }, select: { reviewedAt: true, rating: true, stateBefore: true } });
  const expected = totalsFromLog(logs.map((l) => ({ reviewedAt: l.reviewedAt, rating: l.rating, scheduledDaysBefore: scheduledDaysBefore(l.stateBefore) })), timeZone);
  const stored = await t.db.reviewDay.findMany({ where: { userId }, orderBy: { day: "asc" }, select: { day: true, reviews: true, matureReviews: true, maturePassed: true } });
  expect(stored).toEqual(expected);
  expect(stored.reduce((n, d) => n + d.reviews, 0)).toBe(logs.length);
}

/** The invariant: a card's stored state equals a replay of its review log. */
async function assertReplayMatches(t: TestDatabase, userId: string, cardId: string) {
  const logs = await t.db.reviewLog.findMany({ where: { userId, cardId }, orderBy: { stateVersion: "asc" } });
  const state = await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
  expect(state.version).toBe(logs.length);
  expect(replay(logs.map((l) => (l.undoes ? { undo: true as const } : { rating: l.rating as 1, reviewedAt: l.reviewedAt, params: l.params as ScheduleParams })))).toEqual(snapshotOf(state));
}

describe(`review engine on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("queues new cards in default order within the daily limit", async () => {
    const user = await makeUser(t.db);
    await t.db.studySettings.create({ data: { userId: user.id, newPerDay: 2, directions: [], levels: [] } });
    const queue = await queueFor(t.db, user.id, new Date());
    expect(queue.dueIds).toEqual([]);
    // The first question in default order, then its first formula card — read from the cards, not from the queue.
    const firstFormula = await t.db.card.findFirstOrThrow({ where: { kind: "formula", questionId: "fixture-grpo-basics" }, orderBy: { order: "asc" } });
    expect(queue.newIds).toEqual(["q:fixture-grpo-basics", firstFormula.id]);
    expect(queue.newLeftToday).toBe(2);
  });

  it("grades a new card, writes state and log together, and serves the next card", async () => {
    const user = await makeUser(t.db);
    const result = await gradeCard(t.db, user.id, grade("q:fixture-grpo-basics"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(1);
    expect(result.next?.cardId).not.toBe("q:fixture-grpo-basics");
    expect(Object.keys(result.next!.preview)).toEqual(["1", "2", "3", "4"]);
    await assertReplayMatches(t, user.id, "q:fixture-grpo-basics");
  });

  it("counts a grade retried 100 times once", async () => {
    const user = await makeUser(t.db);
    const input = grade("q:fixture-ppo-clip");
    const results = await Promise.all(Array.from({ length: 100 }, () => gradeCard(t.db, user.id, input)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    expect(await t.db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    await assertReplayMatches(t, user.id, "q:fixture-ppo-clip");
    await assertDaysMatchLog(t, user.id);
  });

  it("two tabs grading the same card: one applies, the other is told, nothing is lost or doubled", async () => {
    const user = await makeUser(t.db);
    const [a, b] = await Promise.all([
      gradeCard(t.db, user.id, grade("q:fixture-open-reward", { rating: 3 })),
      gradeCard(t.db, user.id, grade("q:fixture-open-reward", { rating: 1 })),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const refused = (a.ok ? b : a) as Extract<typeof a, { ok: false }>;
    expect(refused.error).toBe("conflict");
    expect(await t.db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    await assertReplayMatches(t, user.id, "q:fixture-open-reward");
  });

  it("keeps state = replay(log) across many concurrent grades of different cards", async () => {
    const user = await makeUser(t.db);
    await t.db.studySettings.create({ data: { userId: user.id, newPerDay: 50, directions: [], levels: [] } });
    const cards = (await t.db.card.findMany({ where: { retiredAt: null } })).map((c) => c.id);
    let now = new Date();
    for (let round = 0; round < 4; round++) {
      const versions = await Promise.all(cards.map(async (c) => (await t.db.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId: c } } }))?.version ?? 0));
      const results = await Promise.all(cards.map((c, i) => gradeCard(t.db, user.id, grade(c, { expectedVersion: versions[i], rating: ((round + i) % 4) + 1 as 1 }), now)));
      expect(results.every((r) => r.ok)).toBe(true);
      now = new Date(now.getTime() + 400 * 86_400_000); // everything is due again
    }
    for (const c of cards) await assertReplayMatches(t, user.id, c);
    // Every grade landed on one day per round, concurrently: each was counted once.
    await assertDaysMatchLog(t, user.id);
  });

  it("refuses a review id reused for another card or grade instead of dropping that grade", async () => {
    const user = await makeUser(t.db);
    const first = grade("q:fixture-grpo-basics");
    expect((await gradeCard(t.db, user.id, first)).ok).toBe(true);
    const otherCard = await gradeCard(t.db, user.id, grade("q:fixture-ppo-clip", { clientReviewId: first.clientReviewId }));
    expect(otherCard).toMatchObject({ ok: false, status: 409, error: "conflict" });
    const otherRating = await gradeCard(t.db, user.id, { ...first, rating: 1 });
    expect(otherRating).toMatchObject({ ok: false, status: 409 });
    expect(await t.db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    // The genuine retry is still recognised.
    expect(await gradeCard(t.db, user.id, first)).toMatchObject({ ok: true, duplicate: true });
  });

  it("grades a card whose last review is later than now (clock skew) instead of failing", async () => {
    const user = await makeUser(t.db);
    const later = new Date(Date.now() + 3 * 86_400_000);
    expect((await gradeCard(t.db, user.id, grade("q:fixture-open-reward"), later)).ok).toBe(true);
    const result = await gradeCard(t.db, user.id, grade("q:fixture-open-reward", { expectedVersion: 1, mode: "drill" }), new Date());
    expect(result.ok).toBe(true);
    await assertReplayMatches(t, user.id, "q:fixture-open-reward");
  });

  it("refuses a card that is not due, clearly", async () => {
    const user = await makeUser(t.db);
    const now = new Date();
    const first = await gradeCard(t.db, user.id, grade("q:fixture-when-to-search", { rating: 4 }), now);
    expect(first.ok).toBe(true);
    const again = await gradeCard(t.db, user.id, grade("q:fixture-when-to-search", { expectedVersion: 1 }), now);
    expect(again).toMatchObject({ ok: false, status: 409, error: "not_due", due: expect.any(String) });
    // A drill that the user chose to record may review ahead.
    const drill = await gradeCard(t.db, user.id, grade("q:fixture-when-to-search", { expectedVersion: 1, mode: "drill" }), now);
    expect(drill.ok).toBe(true);
  });

  it("refuses new cards beyond the daily limit", async () => {
    const user = await makeUser(t.db);
    await t.db.studySettings.create({ data: { userId: user.id, newPerDay: 1, directions: [], levels: [] } });
    expect((await gradeCard(t.db, user.id, grade("q:fixture-grpo-basics"))).ok).toBe(true);
    expect(await gradeCard(t.db, user.id, grade("q:fixture-ppo-clip"))).toMatchObject({ ok: false, error: "new_limit" });
  });

  it("refuses unknown cards and keeps a user's states private to them", async () => {
    const a = await makeUser(t.db);
    const b = await makeUser(t.db);
    expect(await gradeCard(t.db, a.id, grade("q:no-such-card"))).toMatchObject({ ok: false, status: 404 });
    await gradeCard(t.db, a.id, grade("q:fixture-grpo-basics"));
    const queueB = await queueFor(t.db, b.id, new Date());
    expect(queueB.newIds[0]).toBe("q:fixture-grpo-basics");
  });

  it("deleting a user removes their practice data", async () => {
    const user = await makeUser(t.db);
    await gradeCard(t.db, user.id, grade("q:fixture-grpo-basics"));
    await t.db.user.delete({ where: { id: user.id } });
    expect(await t.db.cardState.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });
});
