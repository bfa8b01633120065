/** Mock interview forms. Pure. */
import { z } from "zod";
import { checkResponseSchema } from "../checks/answer-schema.ts";

const count = z.coerce.number().int("mixRange").min(0, "mixRange").max(10, "mixRange");
const list = (v: unknown) => (Array.isArray(v) ? v : v ? [v] : []);

export const createMockSchema = z
  .object({
    directions: z.preprocess(list, z.array(z.string().max(64)).max(11)),
    L1: count,
    L2: count,
    L3: count,
    // Checks in the timed quiz round after the written questions; 0 for none.
    quiz: z.coerce.number().int("quizRange").min(0, "quizRange").max(20, "quizRange").default(0),
    // The project round: probes on one of the candidate's projects; "" for none.
    project: z.string().max(64).default(""),
    probes: z.coerce.number().int("probesRange").min(3, "probesRange").max(5, "probesRange").default(3),
  })
  .refine((v) => v.L1 + v.L2 + v.L3 <= 15 && v.L1 + v.L2 + v.L3 + v.quiz + (v.project ? v.probes : 0) >= 1, { path: ["L1"], message: "mixTotal" });

export const answerSchema = z.object({
  mockId: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
  answer: z.string().max(10_000, "answerTooLong"),
});

export const gradeItemSchema = z.object({
  mockId: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
  checked: z.preprocess(list, z.array(z.coerce.number().int().min(0).max(99)).max(100)),
  pitfallHit: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});

/** POST /api/mock/draft: the typed answer and the draft version it builds on. */
export const draftSchema = z.strictObject({
  mockId: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
  draft: z.string().max(10_000, "answerTooLong"),
  baseVersion: z.number().int().min(0),
});

/** POST /api/mock/quiz: one answer of the quiz round. */
export const quizAnswerSchema = z.strictObject({
  mockId: z.string().min(1).max(64),
  mockCheckId: z.string().min(1).max(64),
  response: checkResponseSchema,
});

/** A report's follow-ups, and ending a quiz round early, name the mock only. */
export const mockRefSchema = z.object({ mockId: z.string().min(1).max(64) });
