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

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Client = Db | Tx;

// A learning card due in a minute may be graded a little early rather than bounce the user.
const EARLY_TOLERANCE_MS = 60_000;

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
    interviewDate: row.interviewDate ? fromStoredDate(row.interviewDate) : null,
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
  schedule: InterviewSchedule | null;
  params: ScheduleParams;
};

type QueueOptions = { limit?: number; planOrder?: string[] | (() => Promise<string[]>); settings?: EffectiveSettings };

const resolveOrder = async (o: QueueOptions["planOrder"]) => (typeof o === "function" ? o() : (o ?? []));

/** Feed cards the user has never reviewed, in introduction order. */
async function unseenCards(db: Client, userId: string, settings: EffectiveSettings, planOrder: QueueOptions["planOrder"]) {
  const [seen, feed] = await Promise.all([
    db.cardState.findMany({ where: { userId }, select: { cardId: true } }),
    feedCards(db, settings, await resolveOrder(planOrder)),
  ]);
  const seenIds = new Set(seen.map((s) => s.cardId));
  return feed.filter((id) => !seenIds.has(id));
}

/** Interview-date schedule: only computed when the user has set a date (it needs the whole feed). */
async function scheduleFor(db: Client, userId: string, now: Date, settings: EffectiveSettings, unseen: () => Promise<string[]>) {
  if (!settings.interviewDate) return null;
  const before = interviewStart(settings.interviewDate, settings.timeZone);
  const [cards, dueBeforeInterview] = await Promise.all([unseen(), db.cardState.count({ where: { userId, due: { lt: before } } })]);
  return interviewSchedule({ now, interviewDate: settings.interviewDate, timeZone: settings.timeZone, unseen: cards.length, baseNewPerDay: settings.newPerDay, dueBeforeInterview });
}

/** Due cards first (most overdue first), then today's remaining new cards. */
export async function queueFor(db: Client, userId: string, now: Date, options: QueueOptions = {}): Promise<QueueState> {
  const settings = options.settings ?? (await loadSettings(db, userId));
  const limit = options.limit ?? 20;
  const dayStart = startOfStudyDay(now, settings.timeZone);
  let unseenMemo: Promise<string[]> | undefined;
  const unseen = () => (unseenMemo ??= unseenCards(db, userId, settings, options.planOrder));
  const retired = [...(await cardCatalog(db)).retired];
  // Retired content keeps its state (progress survives) but is no longer shown.
  const notRetired = retired.length ? { cardId: { notIn: retired } } : {};
  const [dueRows, dueCount, introducedToday, schedule] = await Promise.all([
    db.cardState.findMany({ where: { userId, due: { lte: now }, ...notRetired }, orderBy: { due: "asc" }, take: limit, select: { cardId: true } }),
    db.cardState.count({ where: { userId, due: { lte: now }, ...notRetired } }),
    db.cardState.count({ where: { userId, createdAt: { gte: dayStart } } }),
    scheduleFor(db, userId, now, settings, unseen),
  ]);
  const newPerDay = schedule ? schedule.newPerDay : settings.newPerDay;
  const newLeftToday = Math.max(0, newPerDay - introducedToday);
  const newIds = newLeftToday > 0 ? (await unseen()).slice(0, Math.min(newLeftToday, limit)) : [];
  return { dueIds: dueRows.map((d) => d.cardId), newIds, dueCount, newLeftToday, newIntroducedToday: introducedToday, schedule, params: scheduleParams(settings, schedule) };
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
  mode: "review" | "drill";
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
 * The card to show next and what each grade would do to it. The common case — a due card
 * exists — costs one indexed query; the feed is only read when new cards are needed.
 */
async function nextCard(db: Client, userId: string, now: Date, exclude: string | undefined, options: { planOrder?: QueueOptions["planOrder"]; settings?: EffectiveSettings } = {}): Promise<NextCard> {
  const settings = options.settings ?? (await loadSettings(db, userId));
  const skip = [...(await cardCatalog(db)).retired, ...(exclude ? [exclude] : [])];
  const due = await db.cardState.findFirst({ where: { userId, due: { lte: now }, ...(skip.length ? { cardId: { notIn: skip } } : {}) }, orderBy: { due: "asc" } });
  let unseenMemo: Promise<string[]> | undefined;
  const unseen = () => (unseenMemo ??= unseenCards(db, userId, settings, options.planOrder));
  const schedule = await scheduleFor(db, userId, now, settings, unseen);
  const params = scheduleParams(settings, schedule);
  if (due) return { cardId: due.cardId, version: due.version, preview: preview(snapshotOf(due), now, params) };
  const introducedToday = await db.cardState.count({ where: { userId, createdAt: { gte: startOfStudyDay(now, settings.timeZone) } } });
  const newLeftToday = (schedule ? schedule.newPerDay : settings.newPerDay) - introducedToday;
  const fresh = newLeftToday > 0 ? (await unseen()).find((id) => id !== exclude) : undefined;
  return fresh ? { cardId: fresh, version: 0, preview: preview(null, now, params) } : null;
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
    if (input.mode === "review" && row && row.due.getTime() > now.getTime() + EARLY_TOLERANCE_MS) {
      throw new Refusal({ ok: false, status: 409, error: "not_due", message: "This card is not due yet.", due: row.due.toISOString() });
    }
    // Scheduling needs the whole queue only in interview-date mode or for a new card.
    let params = scheduleParams(settings, null);
    if (settings.interviewDate || !row) {
      const queue = await queueFor(db, userId, now, { limit: 1, settings, planOrder: options.planOrder });
      if (input.mode === "review" && !row && queue.newLeftToday <= 0) {
        throw new Refusal({ ok: false, status: 409, error: "new_limit", message: "Today's new-card limit is reached." });
      }
      params = queue.params;
    }
    const before = row ? snapshotOf(row) : null;
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
        ? db.cardState.updateMany({ where: { userId, cardId: input.cardId, version }, data: { ...stateData(after), version: version + 1 } })
        : db.cardState.create({ data: { userId, cardId: input.cardId, ...stateData(after), version: 1 } }),
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
      return finish(snapshotOf(current), current.version, true);
    }
    if (error instanceof Refusal) return error.outcome;
    return { ok: false, status: 409, error: "conflict", message: "This card was already graded (another tab?)." };
  }
}

export { snapshotOf };
