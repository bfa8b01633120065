/** Plan forms. Pure. */
import { z } from "zod";
import { optionalCalendarDateSchema } from "../time/calendar-date.ts";

export const startPlanSchema = z.object({
  slug: z.string().min(1).max(64),
  targetDate: optionalCalendarDateSchema,
});

export const planStatusSchema = z.object({
  slug: z.string().min(1).max(64),
  status: z.enum(["active", "paused", "left"]),
});
