/**
 * Wall-clock time in IANA time zones, without a date library. Pure (Intl only).
 * NOTE: building an Intl.DateTimeFormat costs ~50 µs; /progress once built one per review
 * and took seconds (issue 12). Formatters are made once per zone and reused.
 */
export const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

// The zone of a user who never chose one (the product's first audience is in China).
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export type WallClock = { y: number; m: number; d: number; h: number; min: number; s: number };

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

/** The local date and time shown on a clock in `timeZone` at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const out: WallClock = { y: 0, m: 0, d: 0, h: 0, min: 0, s: 0 };
  for (const p of partFormatter(timeZone).formatToParts(instant)) {
    if (p.type === "year") out.y = Number(p.value);
    else if (p.type === "month") out.m = Number(p.value);
    else if (p.type === "day") out.d = Number(p.value);
    else if (p.type === "hour") out.h = Number(p.value);
    else if (p.type === "minute") out.min = Number(p.value);
    else if (p.type === "second") out.s = Number(p.value);
  }
  return out;
}

/** Offset of `timeZone` from UTC at `instant`, in ms (UTC+8 → 8 h). */
function offsetAt(instant: Date, timeZone: string): number {
  const p = wallClock(instant, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - (instant.getTime() - (((instant.getTime() % 1000) + 1000) % 1000));
}

/** The instant at which clocks in `timeZone` show y-m-d h:00 (the later one in a DST gap's shift). */
export function zonedInstant(y: number, m: number, d: number, h: number, timeZone: string): Date {
  const guess = Date.UTC(y, m - 1, d, h);
  const first = guess - offsetAt(new Date(guess), timeZone);
  return new Date(guess - offsetAt(new Date(first), timeZone));
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    partFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

let choices: { value: string; label: string }[] | null = null;

/**
 * Every zone this runtime knows, labelled with its current UTC offset ("Asia/Shanghai ·
 * GMT+08:00"), for a time zone picker. Built once: ~400 formatters.
 */
export function timeZoneChoices(now = new Date()): { value: string; label: string }[] {
  if (!choices) {
    const zones = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
    choices = [...zones].sort().map((zone) => {
      const offset = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(now).find((p) => p.type === "timeZoneName")?.value ?? "";
      return { value: zone, label: `${zone.replaceAll("_", " ")} · ${offset}` };
    });
  }
  return choices;
}
