/**
 * How dates and times are shown — the one place, so every page agrees. Instants are shown
 * in the viewer's time zone; calendar dates (due dates, interview days) are shown as picked,
 * the same for everyone. Pure (Intl only), usable on the server and in client islands.
 */
import { fromStoredDate, toStoredDate, type CalendarDate } from "./calendar-date.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

const DATE: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", weekday: "short" };
const DATE_TIME: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/**
 * A picked date — as text or as stored (midnight UTC): "2030年1月15日周二" / "Tue, Jan 15,
 * 2030", identical in every time zone.
 */
export function formatCalendarDate(date: CalendarDate | Date, locale: string): string {
  return formatter(locale, "UTC", DATE).format(toStoredDate(typeof date === "string" ? date : fromStoredDate(date)));
}

/** The day an instant falls on, for the viewer. */
export function formatDay(instant: Date, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, DATE).format(instant);
}

/** An instant with its time, for the viewer: "2030年1月15日 20:05" / "Jan 15, 2030, 20:05". */
export function formatDateTime(instant: Date, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, DATE_TIME).format(instant);
}

/** A duration as a clock, "m:ss" (a negative one shows its size; the caller says "over"). */
export function formatClock(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
