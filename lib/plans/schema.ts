/** Plan forms. Pure. */
import { z } from "zod";
import { optionalCalendarDateSchema } from "../time/calendar-date.ts";

export const startPlanSchema = z.object({
  slug: z.string().min(1).max(64),
  // The user's interview date (study settings): a plan runs to it.
  interviewDate: optionalCalendarDateSchema,
});

export const planStatusSchema = z.object({
  slug: z.string().min(1).max(64),
  status: z.enum(["active", "paused", "left"]),
});
