/**
 * What a mock report offers next: the misses into review, and the same questions again.
 * Takes the database as an argument.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { numbers } from "../db/json.ts";
import { gradeCard } from "../practice/review-service.ts";
import { itemScore } from "./scoring.ts";
import { gradeProbe } from "../projects/grill-service.ts";

const questionCard = (questionId: string) => `q:${questionId}`;
/** One grade per mock item, ever: a retried or double-clicked "add" counts once. */
export const missReviewId = (itemId: string) => `mock-${itemId}`;

/**
 * Each question answered short of every key point, and each quiz check missed, is graded Again
 * in review, as a recall that failed: its card comes back within minutes, and the log says it
 * came from the mock. A probe of the project round answered short is graded Again on that
 * project: its next grill asks it first.
 */
export async function addMissesToReview(db: Db, userId: string, mockId: string, now = new Date()): Promise<{ added: number; already: number } | null> {
  const mock = await db.mockInterview.findFirst({
    where: { id: mockId, userId },
    include: { items: { where: { gradedAt: { not: null } }, orderBy: { position: "asc" } }, checks: { where: { OR: [{ correct: false }, { correct: null }] }, orderBy: { position: "asc" } } },
  });
  if (!mock) return null;
  let added = 0;
  let already = 0;
  const count = (outcome: { ok: boolean; duplicate?: boolean }) => {
    if (outcome.ok && !outcome.duplicate) added++;
    else if (outcome.ok) already++;
  };
  // A check missed only counts once the round is over: until then "missed" means "not yet answered".
  const missedChecks = mock.quizEndedAt ? mock.checks : [];
  const live = new Set((await db.card.findMany({ where: { id: { in: missedChecks.map((c) => `c:${c.checkId}`) }, retiredAt: null }, select: { id: true } })).map((c) => c.id));
  for (const check of missedChecks) {
    const cardId = `c:${check.checkId}`;
    if (!live.has(cardId)) continue;
    const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { version: true } });
    count(await gradeCard(db, userId, {
      cardId, rating: 1, clientReviewId: missReviewId(check.id), expectedVersion: row?.version ?? 0, durationMs: 0,
      mode: "mock", answer: check.response ? JSON.stringify(check.response) : undefined,
    }, now));
  }
  for (const item of mock.items) {
    const checked = numbers(item.checkedPoints ?? [], `mock item ${item.id} checkedPoints`);
    if (itemScore({ keyPointCount: item.keyPointCount, checked, pitfallHit: item.pitfallHit ?? false }) >= 1) continue;
    if (item.probeId) {
      if (!mock.projectId) continue;
      count(await gradeProbe(db, userId, {
        projectId: mock.projectId, probeId: item.probeId, clientReviewId: missReviewId(item.id), rating: 1, answer: item.answer ?? "",
        checked, redFlagHit: item.pitfallHit ?? false, durationMs: (item.timeUsedSec ?? 0) * 1000,
      }, now));
      continue;
    }
    if (!item.questionId) continue;
    const cardId = questionCard(item.questionId);
    const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { version: true } });
    const outcome = await gradeCard(db, userId, {
      cardId, rating: 1, clientReviewId: missReviewId(item.id), expectedVersion: row?.version ?? 0, durationMs: (item.timeUsedSec ?? 0) * 1000,
      mode: "mock", answer: item.answer ?? undefined, checkedPoints: checked, pitfallHit: item.pitfallHit ?? false,
    }, now);
    count(outcome);
  }
  return { added, already };
}

/** Which of a mock's items and quiz checks are already in review through addMissesToReview. */
export async function missesInReview(db: Db, userId: string, itemIds: string[]): Promise<Set<string>> {
  const ids = itemIds.map(missReviewId);
  const [logs, probeLogs] = await Promise.all([
    db.reviewLog.findMany({ where: { userId, clientReviewId: { in: ids } }, select: { clientReviewId: true } }),
    db.projectProbeLog.findMany({ where: { project: { userId }, clientReviewId: { in: ids } }, select: { clientReviewId: true } }),
  ]);
  const done = new Set([...logs, ...probeLogs].map((l) => l.clientReviewId));
  return new Set(itemIds.filter((id) => done.has(missReviewId(id))));
}

/** A new mock with the same questions and quiz checks in the same order and the same settings. */
export async function retryMock(db: Db, userId: string, mockId: string): Promise<string | null> {
  const mock = await db.mockInterview.findFirst({ where: { id: mockId, userId }, include: { items: { orderBy: { position: "asc" } }, checks: { orderBy: { position: "asc" } } } });
  if (!mock) return null;
  const id = randomUUID();
  await db.mockInterview.create({
    data: {
      id, userId, config: mock.config ?? {}, quizLimitSec: mock.quizLimitSec, projectId: mock.projectId,
      // A deleted project's round cannot be asked again: its probes drop out of the retry.
      items: { create: mock.items.filter((i) => i.questionId || mock.projectId).map((i) => ({ id: randomUUID(), position: i.position, questionId: i.questionId, probeId: i.probeId, timeLimitSec: i.timeLimitSec, keyPointCount: i.keyPointCount })) },
      checks: { create: mock.checks.map((c) => ({ id: randomUUID(), position: c.position, checkId: c.checkId })) },
    },
  });
  return id;
}
