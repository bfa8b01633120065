/** What a grade request must hold (POST /api/review/grade). Pure: the review screen reads its limits. */
import { z } from "zod";

const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { message: "must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)" });

export const gradeSchema = z.strictObject({
  cardId: z.string().min(1).max(200),
  rating,
  clientReviewId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, - or _"),
  expectedVersion: z.int().min(0),
  durationMs: z.int().min(0).max(3_600_000),
  mode: z.enum(["review", "drill"]).default("review"),
  answer: z.string().max(5000).optional(),
  checkedPoints: z.array(z.int().min(0).max(99)).max(100).optional(),
  pitfallHit: z.boolean().optional(),
  suggestedRating: rating.optional(),
});
