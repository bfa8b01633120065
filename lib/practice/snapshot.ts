/**
 * The review log's JSON columns, checked where they are read: a row written by an older
 * version or by hand must not crash a page or a replay with an unchecked cast. Pure.
 */
import { z } from "zod";
import type { Snapshot } from "./scheduler.ts";

const snapshotSchema = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  lastReview: z.string().nullable(),
}) satisfies z.ZodType<Snapshot>;

/** The interval a card had before a review (null for a new card, or an unreadable state). */
export function scheduledDaysBefore(stateBefore: unknown): number | null {
  const parsed = snapshotSchema.pick({ scheduledDays: true }).safeParse(stateBefore);
  return parsed.success ? parsed.data.scheduledDays : null;
}

/** A state stored in the log (null for a card not yet learned, or an unreadable state). */
export function snapshotFrom(stored: unknown): Snapshot | null {
  const parsed = snapshotSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
