/**
 * The review engine: what is due, what is new today, and grading a card — state and log in
 * one transaction. Takes the database as an argument so the API and the tests share it.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { interviewSchedule, interviewStart, type InterviewSchedule } from "./interview-date.ts";
import { fromStoredDate } from "../time/calendar-date.ts";
import { DEFAULT_SETTINGS, type EffectiveSettings } from "./settings.ts";
import { isFromTheFuture, preview, review, type RatingValue, type ScheduleParams, type Snapshot } from "./scheduler.ts";
import { startOfStudyDay, studyDate } from "../time/study-day.ts";
import { dayDelta } from "./review-days.ts";
import { addToReviewDay } from "./review-day-store.ts";
import { cardCatalog } from "./card-catalog.ts";
import { DbNull, JsonNull, strings } from "../db/json.ts";
import { MINUTE_MS } from "../time/zone.ts";
import { available, learned, LEARNING_STATES, snapshotOf, stateData, type Client } from "./card-state.ts";
import { questionOfCheck } from "../checks/ids.ts";

// Anki's learn-ahead limit: with nothing else left, a card due within 20 minutes (a learning
// step) is shown now instead of ending the session; a grade that early is accepted.
export const LEARN_AHEAD_MS = 20 * MINUTE_MS;

export async function loadSettings(db: Client, userId: string): Promise<EffectiveSettings> {
  const row = await db.studySettings.findUnique({ where: { userId } });
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    desiredRetention: row.desiredRetention,
    newPerDay: row.newPerDay,
    maxIntervalDays: row.maxIntervalDays,
    directions: strings(row.directions, `study settings of ${userId}`),
    levels: strings(row.levels, `study settings of ${userId}`),
    includeFormulas: row.includeFormulas,
    includeChecks: row.includeChecks,
    interviewDate: row.interviewDate ? fromStoredDate(row.interviewDate) : null,
    timeZone: row.timeZone,
  };
}

/** Cards in the user's feed (settings' directions, levels, formulas), in introduction order. */
async function feedCards(db: Client, settings: EffectiveSettings, orderFirst: string[] = []) {
  const cards = await db.card.findMany({
    where: {
      retiredAt: null,
      ...(settings.directions.length ? { direction: { in: settings.directions } } : {}),
      ...(settings.levels.length ? { level: { in: settings.levels } } : {}),
      kind: { in: ["question", ...(settings.includeFormulas ? ["formula"] : []), ...(settings.includeChecks ? ["check"] : [])] },
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
  newLeftToday: number; // today's limit minus the cards introduced today
  newAvailable: number; // of those, how many the feed still has
  newIntroducedToday: number;
  schedule: InterviewSchedule | null;
  params: ScheduleParams;
};

/** What is left of today's session: due now, due within the learn-ahead window, new. */
export type SessionCounts = { due: number; learningSoon: number; fresh: number; nextDueAt: string | null };

type QueueOptions = { limit?: number; planOrder?: string[] | (() => Promise<string[]>); settings?: EffectiveSettings };

const resolveOrder = async (o: QueueOptions["planOrder"]) => (typeof o === "function" ? o() : (o ?? []));

/** Feed cards the user has not learned and may see now (not suspended or buried), in introduction order. */
async function unseenCards(db: Client, userId: string, now: Date, settings: EffectiveSettings, planOrder: QueueOptions["planOrder"]) {
  const [kept, feed] = await Promise.all([
    db.cardState.findMany({ where: { userId, OR: [learned, { NOT: available(now) }] }, select: { cardId: true } }),
    feedCards(db, settings, await resolveOrder(planOrder)),
  ]);
  const keptIds = new Set(kept.map((s) => s.cardId));
  return feed.filter((id) => !keptIds.has(id));
}

/** Interview-date schedule: only computed when the user has set a date (it needs the whole feed). */
async function scheduleFor(db: Client, userId: string, now: Date, settings: EffectiveSettings, unseen: () => Promise<string[]>) {
  if (!settings.interviewDate) return null;
  const before = interviewStart(settings.interviewDate, settings.timeZone);
  const [cards, dueBeforeInterview] = await Promise.all([unseen(), db.cardState.count({ where: { userId, ...learned, due: { lt: before } } })]);
  return interviewSchedule({ now, interviewDate: settings.interviewDate, timeZone: settings.timeZone, unseen: cards.length, baseNewPerDay: settings.newPerDay, dueBeforeInterview });
}

/** Cards a session may show now and are due: learned, not suspended or buried, not retired. */
async function dueWhere(db: Client, userId: string, now: Date, until = now, exclude: string[] = []) {
  // Retired content keeps its state (progress survives) but is no longer shown.
  const skip = [...(await cardCatalog(db)).retired, ...exclude];
  return { userId, ...learned, ...available(now), due: { lte: until }, ...(skip.length ? { cardId: { notIn: skip } } : {}) };
}

/**
 * Siblings wait a day, as in Anki: a question's checks are not introduced on the day its
 * self-graded card was reviewed — answered with the key points fresh in mind, they would
 * measure nothing (and flatter the calibration).
 */
async function withoutSiblingsOfToday(db: Client, userId: string, now: Date, settings: EffectiveSettings, candidates: string[]) {
  if (!candidates.some((id) => id.startsWith("c:"))) return candidates;
  const reviewed = await db.cardState.findMany({ where: { userId, cardId: { startsWith: "q:" }, lastReview: { gte: startOfStudyDay(now, settings.timeZone) } }, select: { cardId: true } });
  if (!reviewed.length) return candidates;
  const today = new Set(reviewed.map((r) => r.cardId.slice(2)));
  return candidates.filter((id) => !id.startsWith("c:") || !today.has(questionOfCheck(id.slice(2))));
}

const introducedToday = (db: Client, userId: string, now: Date, settings: EffectiveSettings) =>
  db.cardState.count({ where: { userId, introducedAt: { gte: startOfStudyDay(now, settings.timeZone) } } });

/** Due cards first (most overdue first), then today's remaining new cards. */
export async function queueFor(db: Client, userId: string, now: Date, options: QueueOptions = {}): Promise<QueueState> {
  const settings = options.settings ?? (await loadSettings(db, userId));
  const limit = options.limit ?? 20;
  let unseenMemo: Promise<string[]> | undefined;
  const unseen = () => (unseenMemo ??= unseenCards(db, userId, now, settings, options.planOrder));
  const where = await dueWhere(db, userId, now);
  const [dueRows, dueCount, introduced, schedule] = await Promise.all([
    db.cardState.findMany({ where, orderBy: { due: "asc" }, take: limit, select: { cardId: true } }),
    db.cardState.count({ where }),
    introducedToday(db, userId, now, settings),
    scheduleFor(db, userId, now, settings, unseen),
  ]);
  const newPerDay = schedule ? schedule.newPerDay : settings.newPerDay;
  const newLeftToday = Math.max(0, newPerDay - introduced);
  const candidates = newLeftToday > 0 ? await withoutSiblingsOfToday(db, userId, now, settings, await unseen()) : [];
  const newAvailable = Math.min(newLeftToday, candidates.length);
  return {
    dueIds: dueRows.map((d) => d.cardId), newIds: candidates.slice(0, Math.min(newAvailable, limit)), dueCount, newLeftToday, newAvailable,
    newIntroducedToday: introduced, schedule, params: scheduleParams(settings, schedule),
  };
}

/**
 * What a session shows besides the card: the counts after every card, when the next card falls
 * due if none is left, and the scheduling parameters its previews use.
 */
export async function sessionState(db: Client, userId: string, now: Date, options: QueueOptions = {}): Promise<{ counts: SessionCounts; params: ScheduleParams; schedule: InterviewSchedule | null }> {
  const settings = options.settings ?? (await loadSettings(db, userId));
  const queue = await queueFor(db, userId, now, { ...options, settings, limit: 1 });
  const soon = await dueWhere(db, userId, now, new Date(now.getTime() + LEARN_AHEAD_MS));
  const [learningSoon, later] = await Promise.all([
    db.cardState.count({ where: { ...soon, state: { in: LEARNING_STATES }, due: { gt: now, lte: soon.due.lte } } }),
    db.cardState.findFirst({ where: { userId, ...learned, ...available(now), due: { gt: now } }, orderBy: { due: "asc" }, select: { due: true } }),
  ]);
  return { counts: { due: queue.dueCount, learningSoon, fresh: queue.newAvailable, nextDueAt: later?.due.toISOString() ?? null }, params: queue.params, schedule: queue.schedule };
}

export function scheduleParams(settings: EffectiveSettings, schedule: InterviewSchedule | null): ScheduleParams {
  return {
    retention: settings.desiredRetention,
    maximumInterval: schedule ? Math.min(settings.maxIntervalDays, schedule.maximumInterval) : settings.maxIntervalDays,
  };
}

export type GradeInput = {
  cardId: string;
  rating: RatingValue;
  clientReviewId: string;
  expectedVersion: number; // the version the client saw (0 = never reviewed)
  durationMs: number;
  mode: "review" | "drill" | "mock"; // the log's source; only "review" keeps to what is due and to the new-card limit
  answer?: string;
  checkedPoints?: number[];
  pitfallHit?: boolean;
  suggestedRating?: RatingValue;
};

export type NextCard = { cardId: string; version: number; preview: Record<RatingValue, string> } | null;

export type GradeOutcome =
  | { ok: true; duplicate: boolean; state: Snapshot; version: number; next: NextCard }
  | { ok: false; status: 404 | 409; error: "not_found" | "conflict" | "not_due" | "new_limit"; message: string; due?: string };

class Refusal extends Error {
  constructor(readonly outcome: Extract<GradeOutcome, { ok: false }>) {
    super(outcome.message);
  }
}

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";

/**
 * The card to show next and what each grade would do to it: a due card (most overdue first),
 * else one of today's new cards, else — learning ahead — a learning card due within 20
 * minutes, the one just graded last. The common case costs one indexed query.
 */
export async function nextCard(db: Client, userId: string, now: Date, exclude: string | undefined, options: { planOrder?: QueueOptions["planOrder"]; settings?: EffectiveSettings } = {}): Promise<NextCard> {
  const settings = options.settings ?? (await loadSettings(db, userId));
  const skip = exclude ? [exclude] : [];
  const due = await db.cardState.findFirst({ where: await dueWhere(db, userId, now, now, skip), orderBy: { due: "asc" } });
  let unseenMemo: Promise<string[]> | undefined;
  const unseen = () => (unseenMemo ??= unseenCards(db, userId, now, settings, options.planOrder));
  const schedule = await scheduleFor(db, userId, now, settings, unseen);
  const params = scheduleParams(settings, schedule);
  const shown = (row: { cardId: string; version: number } & Parameters<typeof snapshotOf>[0]) => ({ cardId: row.cardId, version: row.version, preview: preview(snapshotOf(row), now, params) });
  if (due) return shown(due);
  const newLeftToday = (schedule ? schedule.newPerDay : settings.newPerDay) - (await introducedToday(db, userId, now, settings));
  const fresh = newLeftToday > 0 ? (await unseen()).find((id) => id !== exclude) : undefined;
  if (fresh) {
    const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId: fresh } }, select: { version: true } });
    return { cardId: fresh, version: row?.version ?? 0, preview: preview(null, now, params) };
  }
  const ahead = await db.cardState.findMany({ where: await dueWhere(db, userId, now, new Date(now.getTime() + LEARN_AHEAD_MS)), orderBy: { due: "asc" }, take: 2 });
  const soon = ahead.find((r) => r.cardId !== exclude) ?? ahead[0];
  return soon ? shown(soon) : null;
}

export async function gradeCard(db: Db, userId: string, input: GradeInput, now = new Date(), options: { planOrder?: QueueOptions["planOrder"] } = {}): Promise<GradeOutcome> {
  const finish = async (state: Snapshot, version: number, duplicate: boolean, settings?: EffectiveSettings): Promise<GradeOutcome> => {
    const next = await nextCard(db, userId, now, input.cardId, { ...options, settings });
    return { ok: true, duplicate, state, version, next };
  };
  const [catalog, settings] = await Promise.all([cardCatalog(db), loadSettings(db, userId)]);
  if (!catalog.live.has(input.cardId)) return { ok: false, status: 404, error: "not_found", message: "No such card." };
  // A retried grade is recognised below: its version no longer matches (or its id is taken),
  // and its review id is found in the log. No lookup is needed on the common path.

  try {
    const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId: input.cardId } } });
    const version = row?.version ?? 0;
    if (version !== input.expectedVersion) {
      throw new Refusal({ ok: false, status: 409, error: "conflict", message: "This card was already graded (another tab?). Showing the next one." });
    }
    const before = row ? snapshotOf(row) : null;
    if (input.mode === "review" && row && before && row.due.getTime() > now.getTime() + LEARN_AHEAD_MS) {
      throw new Refusal({ ok: false, status: 409, error: "not_due", message: "This card is not due yet.", due: row.due.toISOString() });
    }
    // Scheduling needs the whole queue only in interview-date mode or for a new card.
    let params = scheduleParams(settings, null);
    if (settings.interviewDate || !before) {
      const queue = await queueFor(db, userId, now, { limit: 1, settings, planOrder: options.planOrder });
      if (input.mode === "review" && !before && queue.newLeftToday <= 0) {
        throw new Refusal({ ok: false, status: 409, error: "new_limit", message: "Today's new-card limit is reached." });
      }
      params = queue.params;
    }
    if (isFromTheFuture(before, now)) console.warn(`review: card ${input.cardId} of user ${userId} was last reviewed at ${before!.lastReview}, after now (${now.toISOString()}); scheduling from then`);
    const after = review(before, input.rating, now, params);
    /*
     * State and log in one transaction, without holding it open while we compute: the update
     * only applies to the version that was read, and the log's unique (card, stateVersion)
     * refuses a second grade of the same version — so of two racing grades (two tabs, a retry)
     * exactly one commits both rows and the other rolls back both.
     */
    await db.$transaction([
      row
        ? db.cardState.updateMany({ where: { userId, cardId: input.cardId, version }, data: { ...stateData(after, now), version: version + 1, introducedAt: before ? undefined : now } })
        : db.cardState.create({ data: { userId, cardId: input.cardId, ...stateData(after, now), version: 1, introducedAt: now } }),
      db.reviewLog.create({
        data: {
          id: randomUUID(), userId, cardId: input.cardId, clientReviewId: input.clientReviewId, stateVersion: version + 1, rating: input.rating,
          suggestedRating: input.suggestedRating ?? null, reviewedAt: now, durationMs: input.durationMs, source: input.mode,
          stateBefore: before ?? JsonNull, stateAfter: after, params,
          answer: input.answer ?? null, checkedPoints: input.checkedPoints ?? DbNull, pitfallHit: input.pitfallHit ?? null,
        },
      }),
      addToReviewDay(db, userId, studyDate(now, settings.timeZone), dayDelta(input.rating, before?.scheduledDays ?? null)),
    ]);
    return finish(after, version + 1, false, settings);
  } catch (error) {
    if (!(error instanceof Refusal) && !isUniqueViolation(error)) throw error;
    // The same grade may have arrived twice at once (a retry racing the original): if this
    // client review id is already logged, this request is that grade — count it once.
    const log = await db.reviewLog.findUnique({ where: { userId_clientReviewId: { userId, clientReviewId: input.clientReviewId } } });
    // The same id with another card or grade is not a retry: refusing it keeps this grade from vanishing as a "duplicate".
    if (log && (log.cardId !== input.cardId || log.rating !== input.rating)) {
      return { ok: false, status: 409, error: "conflict", message: "This clientReviewId was already used for another grade; send a new one." };
    }
    if (log) {
      // The grade was applied: answer with the card as it stands now.
      const current = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: log.cardId } } });
      return finish(snapshotOf(current)!, current.version, true);
    }
    if (error instanceof Refusal) return error.outcome;
    return { ok: false, status: 409, error: "conflict", message: "This card was already graded (another tab?)." };
  }
}

