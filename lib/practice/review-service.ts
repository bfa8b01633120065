/**
 * The review engine: what is due, what is new today, and grading a card — state and log in
 * one transaction. Takes the database as an argument so the API and the tests share it.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { interviewPlan, type InterviewPlan } from "./interview.ts";
import { DEFAULT_SETTINGS, type EffectiveSettings } from "./settings.ts";
import { preview, review, type RatingValue, type ScheduleParams, type Snapshot } from "./scheduler.ts";
import { startOfStudyDay } from "./study-day.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Client = Db | Tx;

// A learning card due in a minute may be graded a little early rather than bounce the user.
export const EARLY_TOLERANCE_MS = 60_000;

export async function loadSettings(db: Client, userId: string): Promise<EffectiveSettings> {
  const row = await db.studySettings.findUnique({ where: { userId } });
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    desiredRetention: row.desiredRetention,
    newPerDay: row.newPerDay,
    maxIntervalDays: row.maxIntervalDays,
    directions: (row.directions as string[]) ?? [],
    levels: (row.levels as string[]) ?? [],
    includeFormulas: row.includeFormulas,
    interviewDate: row.interviewDate,
    timeZone: row.timeZone,
  };
}

function snapshotOf(row: { due: Date; stability: number; difficulty: number; elapsedDays: number; scheduledDays: number; learningSteps: number; reps: number; lapses: number; state: number; lastReview: Date | null }): Snapshot {
  return {
    due: row.due.toISOString(), stability: row.stability, difficulty: row.difficulty, elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays, learningSteps: row.learningSteps, reps: row.reps, lapses: row.lapses, state: row.state,
    lastReview: row.lastReview ? row.lastReview.toISOString() : null,
  };
}

function stateData(s: Snapshot) {
  return {
    due: new Date(s.due), stability: s.stability, difficulty: s.difficulty, elapsedDays: s.elapsedDays, scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps, reps: s.reps, lapses: s.lapses, state: s.state, lastReview: s.lastReview ? new Date(s.lastReview) : null,
  };
}

/** Cards in the user's feed (settings' directions, levels, formulas), in introduction order. */
async function feedCards(db: Client, settings: EffectiveSettings, orderFirst: string[] = []) {
  const cards = await db.card.findMany({
    where: {
      retiredAt: null,
      ...(settings.directions.length ? { direction: { in: settings.directions } } : {}),
      ...(settings.levels.length ? { level: { in: settings.levels } } : {}),
      ...(settings.includeFormulas ? {} : { kind: "question" }),
    },
    select: { id: true, order: true },
    orderBy: { order: "asc" },
  });
  if (!orderFirst.length) return cards.map((c) => c.id);
  // Active plans put their cards first, in plan order; the rest follow in default order.
  const rank = new Map(orderFirst.map((id, i) => [id, i]));
  const first = cards.filter((c) => rank.has(c.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...first, ...cards.filter((c) => !rank.has(c.id))].map((c) => c.id);
}

export type QueueState = {
  dueIds: string[];
  newIds: string[];
  dueCount: number;
  newLeftToday: number;
  newIntroducedToday: number;
  plan: InterviewPlan | null;
  params: ScheduleParams;
};

/** Due cards first (most overdue first), then today's remaining new cards. */
export async function queueFor(db: Client, userId: string, now: Date, options: { limit?: number; planOrder?: string[]; settings?: EffectiveSettings } = {}): Promise<QueueState> {
  const settings = options.settings ?? (await loadSettings(db, userId));
  const limit = options.limit ?? 20;
  const dayStart = startOfStudyDay(now, settings.timeZone);
  const [dueRows, dueCount, introducedToday, seen, feed] = await Promise.all([
    db.cardState.findMany({ where: { userId, due: { lte: now } }, orderBy: { due: "asc" }, take: limit * 2, select: { cardId: true } }),
    db.cardState.count({ where: { userId, due: { lte: now } } }),
    db.cardState.count({ where: { userId, createdAt: { gte: dayStart } } }),
    db.cardState.findMany({ where: { userId }, select: { cardId: true } }),
    feedCards(db, settings, options.planOrder),
  ]);
  const seenIds = new Set(seen.map((s) => s.cardId));
  const unseen = feed.filter((id) => !seenIds.has(id));
  const plan = settings.interviewDate
    ? interviewPlan({
        now, interviewDate: settings.interviewDate, timeZone: settings.timeZone, unseen: unseen.length, baseNewPerDay: settings.newPerDay,
        dueBeforeInterview: await db.cardState.count({ where: { userId, due: { lt: settings.interviewDate } } }),
      })
    : null;
  const newPerDay = plan ? plan.newPerDay : settings.newPerDay;
  const newLeftToday = Math.max(0, newPerDay - introducedToday);
  // Retired content keeps its state (progress survives) but is no longer shown.
  const live = new Set((await db.card.findMany({ where: { id: { in: dueRows.map((d) => d.cardId) }, retiredAt: null }, select: { id: true } })).map((c) => c.id));
  return {
    dueIds: dueRows.map((d) => d.cardId).filter((id) => live.has(id)).slice(0, limit),
    newIds: unseen.slice(0, Math.min(newLeftToday, limit)),
    dueCount,
    newLeftToday,
    newIntroducedToday: introducedToday,
    plan,
    params: scheduleParams(settings, plan),
  };
}

export function scheduleParams(settings: EffectiveSettings, plan: InterviewPlan | null): ScheduleParams {
  return {
    retention: settings.desiredRetention,
    maximumInterval: plan ? Math.min(settings.maxIntervalDays, plan.maximumInterval) : settings.maxIntervalDays,
  };
}

export type GradeInput = {
  cardId: string;
  rating: RatingValue;
  clientReviewId: string;
  expectedVersion: number; // the version the client saw (0 = never reviewed)
  durationMs: number;
  mode: "review" | "drill";
  answer?: string;
  checkedPoints?: number[];
  pitfallHit?: boolean;
  suggestedRating?: RatingValue;
};

export type NextCard = { cardId: string; version: number; preview: Record<RatingValue, string> } | null;

export type GradeOutcome =
  | { ok: true; duplicate: boolean; state: Snapshot; version: number; next: NextCard; dueCount: number; newLeftToday: number }
  | { ok: false; status: 404 | 409; error: "not_found" | "conflict" | "not_due" | "new_limit"; message: string; due?: string };

class Refusal extends Error {
  constructor(readonly outcome: Extract<GradeOutcome, { ok: false }>) {
    super(outcome.message);
  }
}

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";

/** The card to show next and what each grade would do to it. */
export async function nextCard(db: Client, userId: string, now: Date, exclude?: string, options: { planOrder?: string[] } = {}): Promise<{ next: NextCard; queue: QueueState }> {
  const queue = await queueFor(db, userId, now, { limit: 3, planOrder: options.planOrder });
  const id = [...queue.dueIds, ...queue.newIds].find((c) => c !== exclude);
  if (!id) return { next: null, queue };
  const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId: id } } });
  const before = row ? snapshotOf(row) : null;
  return { next: { cardId: id, version: row?.version ?? 0, preview: preview(before, now, queue.params) }, queue };
}

export async function gradeCard(db: Db, userId: string, input: GradeInput, now = new Date(), options: { planOrder?: string[] } = {}): Promise<GradeOutcome> {
  const finish = async (state: Snapshot, version: number, duplicate: boolean): Promise<GradeOutcome> => {
    const { next, queue } = await nextCard(db, userId, now, input.cardId, options);
    return { ok: true, duplicate, state, version, next, dueCount: queue.dueCount, newLeftToday: queue.newLeftToday };
  };
  const existing = await db.reviewLog.findUnique({ where: { userId_clientReviewId: { userId, clientReviewId: input.clientReviewId } } });
  if (existing) return finish(existing.stateAfter as Snapshot, await versionOf(db, userId, existing.cardId), true);

  const card = await db.card.findUnique({ where: { id: input.cardId }, select: { id: true, retiredAt: true } });
  if (!card || card.retiredAt) return { ok: false, status: 404, error: "not_found", message: "No such card." };

  try {
    const written = await db.$transaction(async (tx) => {
      const settings = await loadSettings(tx, userId);
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: input.cardId } } });
      const version = row?.version ?? 0;
      if (version !== input.expectedVersion) {
        throw new Refusal({ ok: false, status: 409, error: "conflict", message: "This card was already graded (another tab?). Showing the next one." });
      }
      if (input.mode === "review" && row && row.due.getTime() > now.getTime() + EARLY_TOLERANCE_MS) {
        throw new Refusal({ ok: false, status: 409, error: "not_due", message: "This card is not due yet.", due: row.due.toISOString() });
      }
      const queue = await queueFor(tx, userId, now, { limit: 1, settings, planOrder: options.planOrder });
      if (input.mode === "review" && !row && queue.newLeftToday <= 0) {
        throw new Refusal({ ok: false, status: 409, error: "new_limit", message: "Today's new-card limit is reached." });
      }
      const before = row ? snapshotOf(row) : null;
      const after = review(before, input.rating, now, queue.params);
      if (row) {
        const updated = await tx.cardState.updateMany({ where: { userId, cardId: input.cardId, version }, data: { ...stateData(after), version: version + 1 } });
        if (updated.count !== 1) throw new Refusal({ ok: false, status: 409, error: "conflict", message: "This card was already graded (another tab?)." });
      } else {
        await tx.cardState.create({ data: { userId, cardId: input.cardId, ...stateData(after), version: 1 } });
      }
      await tx.reviewLog.create({
        data: {
          id: randomUUID(), userId, cardId: input.cardId, clientReviewId: input.clientReviewId, rating: input.rating,
          suggestedRating: input.suggestedRating ?? null, reviewedAt: now, durationMs: input.durationMs, source: input.mode,
          stateBefore: (before ?? null) as never, stateAfter: after as never, params: queue.params as never,
          answer: input.answer ?? null, checkedPoints: (input.checkedPoints ?? null) as never, pitfallHit: input.pitfallHit ?? null,
        },
      });
      return { after, version: version + 1 };
    });
    return finish(written.after, written.version, false);
  } catch (error) {
    if (!(error instanceof Refusal) && !isUniqueViolation(error)) throw error;
    // The same grade may have arrived twice at once (a retry racing the original): if this
    // client review id is already logged, this request is that grade — count it once.
    const log = await db.reviewLog.findUnique({ where: { userId_clientReviewId: { userId, clientReviewId: input.clientReviewId } } });
    if (log) return finish(log.stateAfter as Snapshot, await versionOf(db, userId, log.cardId), true);
    if (error instanceof Refusal) return error.outcome;
    return { ok: false, status: 409, error: "conflict", message: "This card was already graded (another tab?)." };
  }
}

async function versionOf(db: Client, userId: string, cardId: string): Promise<number> {
  return (await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { version: true } }))?.version ?? 0;
}

export { snapshotOf };
