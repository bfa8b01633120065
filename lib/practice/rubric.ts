/**
 * Rubric → suggested grade. FSRS reads Hard as "recalled, with effort" — a pass — and Again
 * as "forgot". So a missed key point is Hard only when the core of the answer was there;
 * missing most of it, or falling into the known pitfall on top of a gap, is Again. Pure.
 */
import type { RatingValue } from "./scheduler.ts";

export type RubricInput = { total: number; checked: number; pitfallHit: boolean };
export type Suggestion = { rating: RatingValue; reason: "complete" | "pitfall" | "minor-gap" | "major-gap" | "no-rubric" };

export function suggestRating({ total, checked, pitfallHit }: RubricInput): Suggestion {
  if (total <= 0) return { rating: 3, reason: "no-rubric" };
  const hit = Math.max(0, Math.min(checked, total));
  if (hit === total) return pitfallHit ? { rating: 2, reason: "pitfall" } : { rating: 3, reason: "complete" };
  // At least half the points without the classic mistake: you knew it, incompletely.
  if (!pitfallHit && hit * 2 >= total) return { rating: 2, reason: "minor-gap" };
  return { rating: 1, reason: "major-gap" };
}
