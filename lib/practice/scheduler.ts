/**
 * FSRS-6 scheduling (ts-fsrs, default weights) behind a small, serialisable interface.
 * Every review stores the parameters it used, so replaying a card's log reproduces its state
 * exactly — fuzz included, since ts-fsrs seeds it from the review time and the card. Pure.
 */
import { DAY_MS } from "../time/zone.ts";
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from "ts-fsrs";

export type Snapshot = {
  due: string; // ISO
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number; // 0 new · 1 learning · 2 review · 3 relearning
  lastReview: string | null;
};

/** What a review was scheduled with; kept in the review log. */
export type ScheduleParams = { retention: number; maximumInterval: number };

export const RATINGS = [1, 2, 3, 4] as const;
export type RatingValue = (typeof RATINGS)[number];
const STATE = { New: State.New, Learning: State.Learning, Review: State.Review, Relearning: State.Relearning } as const;

const schedulers = new Map<string, ReturnType<typeof fsrs>>();
function scheduler(p: ScheduleParams) {
  const key = `${p.retention}|${p.maximumInterval}`;
  let s = schedulers.get(key);
  if (!s) {
    s = fsrs(generatorParameters({ request_retention: p.retention, maximum_interval: p.maximumInterval, enable_fuzz: true }));
    schedulers.set(key, s);
  }
  return s;
}

function toSnapshot(card: Card): Snapshot {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

function fromSnapshot(s: Snapshot): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    last_review: s.lastReview ? new Date(s.lastReview) : undefined,
  };
}


/**
 * NOTE: ts-fsrs applies fuzz after its maximum-interval clamp, so an interval can exceed the
 * cap by a day. The interview-date promise ("no interval reaches past the date") needs a hard
 * cap, so it is enforced here, identically for grading, previews and replay.
 */
function capped(card: Card, now: Date, maximumInterval: number): Card {
  if (card.scheduled_days <= maximumInterval) return card;
  return { ...card, scheduled_days: maximumInterval, due: new Date(now.getTime() + maximumInterval * DAY_MS) };
}

/** True when the state says it was last reviewed after `now` (clocks of two instances disagree, imported data). */
export function isFromTheFuture(before: Snapshot | null, now: Date): boolean {
  return !!before?.lastReview && new Date(before.lastReview).getTime() > now.getTime();
}

/**
 * The time to schedule at: never before the last review. ts-fsrs refuses a negative elapsed
 * time (FSRSValidationError), and one such row made /drill answer 500 (issue 12). Clamping
 * is a pure function of (state, now), so a replay of the log reproduces it.
 */
const scheduleTime = (before: Snapshot | null, now: Date) => (isFromTheFuture(before, now) ? new Date(before!.lastReview!) : now);

/** The state after grading `before` (null = a card never seen) with `rating` at `now`. */
export function review(before: Snapshot | null, rating: RatingValue, now: Date, params: ScheduleParams): Snapshot {
  const at = scheduleTime(before, now);
  const card = before ? fromSnapshot(before) : createEmptyCard(at);
  return toSnapshot(capped(scheduler(params).next(card, at, rating as Grade).card, at, params.maximumInterval));
}

/** What each grade would do now: the next due date per rating (for the 1–4 buttons). */
export function preview(before: Snapshot | null, now: Date, params: ScheduleParams): Record<RatingValue, string> {
  const at = scheduleTime(before, now);
  const card = before ? fromSnapshot(before) : createEmptyCard(at);
  const options = scheduler(params).repeat(card, at);
  const due = (r: Rating.Again | Rating.Hard | Rating.Good | Rating.Easy) => capped(options[r].card, at, params.maximumInterval).due.toISOString();
  return { 1: due(Rating.Again), 2: due(Rating.Hard), 3: due(Rating.Good), 4: due(Rating.Easy) };
}

/** A grade, or an undo, which takes back the latest grade not yet taken back. */
export type LoggedReview = { rating: RatingValue; reviewedAt: Date; params: ScheduleParams } | { undo: true };

/** Re-applies a card's review log from scratch; equals the stored state when nothing was lost. */
export function replay(logs: LoggedReview[]): Snapshot | null {
  let state: Snapshot | null = null;
  const before: (Snapshot | null)[] = [];
  for (const log of logs) {
    if ("undo" in log) {
      state = before.pop() ?? null;
      continue;
    }
    before.push(state);
    state = review(state, log.rating, log.reviewedAt, log.params);
  }
  return state;
}

/** Probability of recall now (FSRS forgetting curve); 0 for a card never reviewed. */
export function retrievability(s: Snapshot | null, now: Date): number {
  if (!s || s.state === STATE.New) return 0;
  return scheduler({ retention: 0.9, maximumInterval: 36500 }).get_retrievability(fromSnapshot(s), now, false);
}
