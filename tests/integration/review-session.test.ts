/**
 * The review session like Anki's: learn-ahead, undo (append-only), bury / suspend / flag, and
 * the counts a session shows. Against a real database, on both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeCard, nextCard, sessionState, type GradeInput } from "@/lib/practice/review-service";
import { undoGrade } from "@/lib/practice/undo";
import { applyCardAction } from "@/lib/practice/card-flags";
import { snapshotOf } from "@/lib/practice/card-state";
import { replay, type ScheduleParams } from "@/lib/practice/scheduler";
import { createIngestedTestDatabase, dialect, type TestDatabase } from "../support/test-db";
import { makeUser } from "../support/factories";

const MIN = 60_000;
let n = 0;
const grade = (cardId: string, extra: Partial<GradeInput> = {}): GradeInput => ({
  cardId, rating: 3, clientReviewId: `session-${Date.now()}-${n++}`, expectedVersion: 0, durationMs: 1000, mode: "review", ...extra,
});

describe(`review sessions on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  const newUser = async (newPerDay = 1) => {
    const user = await makeUser(t.db);
    await t.db.studySettings.create({ data: { userId: user.id, newPerDay, directions: [], levels: [], timeZone: "UTC" } });
    return user;
  };
  const replayMatches = async (userId: string, cardId: string) => {
    const logs = await t.db.reviewLog.findMany({ where: { userId, cardId }, orderBy: { stateVersion: "asc" } });
    const state = await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
    expect(state.version).toBe(logs.length);
    expect(replay(logs.map((l) => (l.undoes ? { undo: true as const } : { rating: l.rating as 1, reviewedAt: l.reviewedAt, params: l.params as ScheduleParams })))).toEqual(snapshotOf(state));
  };

  it("learns ahead: a learning card due in minutes is shown now instead of ending the session", async () => {
    const user = await newUser(1);
    const t0 = new Date("2030-03-01T10:00:00Z");
    const first = await gradeCard(t.db, user.id, grade("q:fixture-grpo-basics", { rating: 1 }), t0);
    expect(first.ok && first.next).toBeTruthy(); // the Again card itself, learned ahead (no new card left today)
    expect(first.ok && first.next?.cardId).toBe("q:fixture-grpo-basics");
    const soon = new Date(t0.getTime() + 10_000);
    const { counts } = await sessionState(t.db, user.id, soon);
    expect(counts).toMatchObject({ due: 0, learningSoon: 1, fresh: 0 });
    // Graded early, within the learn-ahead window: accepted.
    expect((await gradeCard(t.db, user.id, grade("q:fixture-grpo-basics", { expectedVersion: 1, rating: 4 }), soon)).ok).toBe(true);
    // Easy graduates it to days away: the session ends and says when the next card is due.
    expect(await nextCard(t.db, user.id, new Date(soon.getTime() + 1000), undefined)).toBeNull();
    expect((await sessionState(t.db, user.id, new Date(soon.getTime() + 1000))).counts.nextDueAt).not.toBeNull();
  });

  it("undo takes back the latest grade with a new log entry; twice makes a card new again", async () => {
    const user = await newUser(5);
    const card = "q:fixture-ppo-clip";
    const t0 = new Date("2030-03-02T10:00:00Z");
    const a = grade(card, { rating: 3 });
    const b = grade(card, { rating: 1, expectedVersion: 1 });
    await gradeCard(t.db, user.id, a, t0);
    const afterFirst = snapshotOf(await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card } } }));
    await gradeCard(t.db, user.id, b, new Date(t0.getTime() + 20 * MIN));
    expect(await undoGrade(t.db, user.id, a.clientReviewId)).toMatchObject({ ok: false, status: 409 }); // not the latest
    expect(await undoGrade(t.db, user.id, b.clientReviewId, new Date(t0.getTime() + 21 * MIN))).toMatchObject({ ok: true, version: 3, duplicate: false });
    expect(await undoGrade(t.db, user.id, b.clientReviewId)).toMatchObject({ ok: true, duplicate: true }); // a retried undo
    const row = await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card } } });
    expect(snapshotOf(row)).toEqual(afterFirst);
    await replayMatches(user.id, card);
    expect(await t.db.reviewDay.findFirst({ where: { userId: user.id } })).toMatchObject({ reviews: 1 });

    const introducedBefore = (await sessionState(t.db, user.id, t0)).counts.fresh;
    await undoGrade(t.db, user.id, a.clientReviewId, new Date(t0.getTime() + 22 * MIN));
    const fresh = await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card } } });
    expect(fresh).toMatchObject({ state: 0, introducedAt: null, version: 4 });
    expect((await sessionState(t.db, user.id, t0)).counts.fresh).toBe(introducedBefore + 1); // today's new-card slot is back
    await replayMatches(user.id, card);
    expect(await t.db.reviewLog.count({ where: { userId: user.id } })).toBe(4); // append-only: 2 grades, 2 undos
    // Learned again from new: version 5.
    expect((await gradeCard(t.db, user.id, grade(card, { expectedVersion: 4 }), new Date(t0.getTime() + 23 * MIN))).ok).toBe(true);
    await replayMatches(user.id, card);
  });

  it("buried cards wait for the next study day, suspended ones until unsuspended; flags change nothing", async () => {
    const user = await newUser(0);
    const card = "q:fixture-open-reward";
    const t0 = new Date("2030-03-03T10:00:00Z");
    await t.db.studySettings.update({ where: { userId: user.id }, data: { newPerDay: 5 } });
    await gradeCard(t.db, user.id, grade(card), t0);
    const due = (await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card } } })).due;
    const later = new Date(due.getTime() + MIN);
    expect((await nextCard(t.db, user.id, later, undefined))?.cardId).toBe(card);
    await applyCardAction(t.db, user.id, card, "bury", later);
    expect((await nextCard(t.db, user.id, later, undefined))?.cardId).not.toBe(card);
    const tomorrow = new Date(later.getTime() + 24 * 60 * MIN);
    expect((await nextCard(t.db, user.id, tomorrow, undefined))?.cardId).toBe(card);
    await applyCardAction(t.db, user.id, card, "suspend", tomorrow);
    expect((await nextCard(t.db, user.id, tomorrow, undefined))?.cardId).not.toBe(card);
    await applyCardAction(t.db, user.id, card, "unsuspend", tomorrow);
    await applyCardAction(t.db, user.id, card, "flag", tomorrow);
    expect((await nextCard(t.db, user.id, tomorrow, undefined))?.cardId).toBe(card);
    expect(await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card } } })).toMatchObject({ flagged: true, suspended: false, version: 1 });
  });

  it("a new card put away is not offered as new, and is not counted as learned", async () => {
    const user = await newUser(5);
    const t0 = new Date("2030-03-04T10:00:00Z");
    const first = await nextCard(t.db, user.id, t0, undefined);
    await applyCardAction(t.db, user.id, first!.cardId, "suspend", t0);
    expect((await nextCard(t.db, user.id, t0, undefined))?.cardId).not.toBe(first!.cardId);
    expect(await t.db.cardState.count({ where: { userId: user.id, state: { not: 0 } } })).toBe(0);
    expect((await gradeCard(t.db, user.id, grade(first!.cardId, { expectedVersion: 0, mode: "drill" }), t0)).ok).toBe(true);
  });
});
