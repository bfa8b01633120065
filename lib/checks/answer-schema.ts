/** What a check's answer request holds (POST /api/checks/answer, /api/review/check). Pure. */
import { z } from "zod";

export const checkResponseSchema = z.union([
  z.strictObject({ tokens: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,16}$/)).min(1).max(8) }),
  z.strictObject({ value: z.number().refine(Number.isFinite, "must be a finite number") }),
]);

export const pageAnswerSchema = z.strictObject({ checkId: z.string().min(1).max(80), response: checkResponseSchema });

export const reviewAnswerSchema = z.strictObject({
  cardId: z.string().regex(/^c:/, "must be a check card").max(90),
  response: checkResponseSchema,
  clientReviewId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, - or _"),
  expectedVersion: z.int().min(0),
  durationMs: z.int().min(0).max(3_600_000),
  mode: z.enum(["review", "drill"]).default("review"),
});
