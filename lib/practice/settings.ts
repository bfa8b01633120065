/** Study settings: the form schema and the defaults of a user who never saved any. Pure. */
import { z } from "zod";
import { LEVELS } from "../content/schema.ts";
import { optionalCalendarDateSchema, type CalendarDate } from "../time/calendar-date.ts";
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "../time/zone.ts";

export const DEFAULT_SETTINGS = {
  desiredRetention: 0.9,
  newPerDay: 10,
  maxIntervalDays: 365,
  directions: [] as string[],
  levels: [] as string[],
  includeFormulas: true,
  includeChecks: true,
  interviewDate: null as CalendarDate | null,
  timeZone: DEFAULT_TIME_ZONE,
};
export type EffectiveSettings = typeof DEFAULT_SETTINGS;

const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === null || v === "" ? [] : [v]);

const checkbox = z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean());

export const settingsSchema = z.object({
  desiredRetention: z.coerce.number().min(0.8, "retentionRange").max(0.97, "retentionRange"),
  newPerDay: z.coerce.number().int("newPerDayRange").min(0, "newPerDayRange").max(200, "newPerDayRange"),
  maxIntervalDays: z.coerce.number().int("maxIntervalRange").min(1, "maxIntervalRange").max(36500, "maxIntervalRange"),
  directions: z.preprocess(list, z.array(z.string().max(64)).max(11)),
  levels: z.preprocess(list, z.array(z.enum(LEVELS)).max(3)),
  includeFormulas: checkbox,
  includeChecks: checkbox,
  interviewDate: optionalCalendarDateSchema,
  timeZone: z.string().max(64).refine(isValidTimeZone, "timeZoneUnknown"),
});
export type SettingsInput = z.infer<typeof settingsSchema>;
