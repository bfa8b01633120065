/**
 * A user's card state rows and what they mean. A row in state 0 is a card not yet learned:
 * it exists only to carry a bury, a suspension or a flag, or because its first grade was
 * undone. Pure apart from the Prisma filters it builds.
 */
import type { Db, Tx } from "../db/client.ts";
import type { Snapshot } from "./scheduler.ts";

export type Client = Db | Tx;

export const NEW_STATE = 0;
export const LEARNING_STATES = [1, 3]; // learning, relearning

type Row = { due: Date; stability: number; difficulty: number; elapsedDays: number; scheduledDays: number; learningSteps: number; reps: number; lapses: number; state: number; lastReview: Date | null };

/** The scheduler's view of a row: null for a card not yet learned. */
export function snapshotOf(row: Row): Snapshot | null {
  if (row.state === NEW_STATE) return null;
  return {
    due: row.due.toISOString(), stability: row.stability, difficulty: row.difficulty, elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays, learningSteps: row.learningSteps, reps: row.reps, lapses: row.lapses, state: row.state,
    lastReview: row.lastReview ? row.lastReview.toISOString() : null,
  };
}

/** The columns of a snapshot; null writes a not-yet-learned row (due now, nothing learned). */
export function stateData(s: Snapshot | null, now: Date) {
  if (!s) return { due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: NEW_STATE, lastReview: null };
  return {
    due: new Date(s.due), stability: s.stability, difficulty: s.difficulty, elapsedDays: s.elapsedDays, scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps, reps: s.reps, lapses: s.lapses, state: s.state, lastReview: s.lastReview ? new Date(s.lastReview) : null,
  };
}

/** Rows of cards the user has learned (seen, and not taken back by an undo). */
export const learned = { state: { not: NEW_STATE } } as const;

/** Rows a session may show now: not suspended, not buried past `now`. */
export const available = (now: Date) => ({ suspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] });
