/** Plan forms. Pure. */
import { z } from "zod";

export const startPlanSchema = z.object({
  slug: z.string().min(1).max(64),
  targetDate: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateFormat").nullable()),
});

export const planStatusSchema = z.object({
  slug: z.string().min(1).max(64),
  status: z.enum(["active", "paused", "left"]),
});
