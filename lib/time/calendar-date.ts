/**
 * Calendar dates a person picked (an interview day, a due date, a plan's target): the same
 * "2030-01-15" for everyone who sees it, whatever their time zone. Stored as midnight UTC of
 * that date, never as an instant in someone's zone — which once showed 2030-01-15 as
 * 2030-01-14 in Shanghai (issue 12). Pure.
 */
import { z } from "zod";
import { DAY_MS } from "./zone.ts";

/** "YYYY-MM-DD", a real date of the Gregorian calendar. */
export type CalendarDate = string & { readonly __calendarDate?: never };

// Far enough for any interview or deadline; rejects 0000-00-00 and 9999-99-99 typos.
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function calendarDateOf(y: number, m: number, d: number): CalendarDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The date, or null when the text is not a real date between MIN_YEAR and MAX_YEAR. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = SHAPE.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const back = new Date(Date.UTC(y, m - 1, d));
  // 2026-02-31 rolls over to March 3 in Date.UTC: not the date that was typed.
  return back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? (text as CalendarDate) : null;
}

/** Form field for a date: a real calendar date, or a message key for the form. */
export const calendarDateSchema = z.string().transform((text, ctx) => {
  const date = parseCalendarDate(text.trim());
  if (!date) {
    ctx.addIssue({ code: "custom", message: SHAPE.test(text.trim()) ? "dateNotReal" : "dateFormat" });
    return z.NEVER;
  }
  return date;
});

/** An optional date field: empty means no date. */
export const optionalCalendarDateSchema = z.preprocess((v) => (v === "" || v == null ? null : v), calendarDateSchema.nullable());

export function toStoredDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromStoredDate(stored: Date): CalendarDate {
  return stored.toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromStoredDate(new Date(toStoredDate(date).getTime() + days * DAY_MS));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((toStoredDate(b).getTime() - toStoredDate(a).getTime()) / DAY_MS);
}
