/**
 * Grading a check and the FSRS rating it earns. The rating is derived, never asked: a wrong
 * answer is Again; a right one is Easy when quick, Hard after a long hesitation, else Good.
 * Pure.
 */
import type { CheckKey } from "./present.ts";
import type { CheckType } from "../content/schema.ts";
import type { RatingValue } from "../practice/scheduler.ts";

export type CheckResponse = { tokens: string[] } | { value: number };

/** Seconds under which a right answer is Easy, and over which it is Hard, per type. */
export const RATING_SECONDS: Record<CheckType, { easy: number; hard: number }> = {
  choice: { easy: 15, hard: 60 },
  multi: { easy: 25, hard: 90 },
  numeric: { easy: 30, hard: 120 },
  order: { easy: 30, hard: 120 },
};

/** The allowed distance from the answer: absolute, or "5%" of the answer. */
export function allowedError(value: number, tolerance: number | string): number {
  if (typeof tolerance === "number") return tolerance;
  return (Math.abs(value) * Number(tolerance.replace("%", ""))) / 100;
}

export function isRight(key: CheckKey, response: CheckResponse): boolean {
  if (key.type === "numeric") {
    if (!("value" in response) || !Number.isFinite(response.value)) return false;
    // A little slack for binary floating point: 0.1 + 0.2 typed as 0.3 is right.
    return Math.abs(response.value - key.value) <= allowedError(key.value, key.tolerance) + 1e-9 * Math.max(1, Math.abs(key.value));
  }
  if (!("tokens" in response)) return false;
  const given = response.tokens;
  if (key.type === "order") return given.length === key.right.length && given.every((t, i) => t === key.right[i]);
  const set = new Set(given);
  return set.size === given.length && set.size === key.right.length && key.right.every((t) => set.has(t));
}

export function ratingFor(type: CheckType, right: boolean, durationMs: number): RatingValue {
  if (!right) return 1;
  const seconds = durationMs / 1000;
  const { easy, hard } = RATING_SECONDS[type];
  if (seconds <= easy) return 4;
  if (seconds >= hard) return 2;
  return 3;
}
