/**
 * Bury (out of the way until the next study day), suspend (out of every session until
 * unsuspended) and flag (a marker to come back to) — Anki's card actions. None changes the
 * schedule or the version a grade checks; a card never learned gets a row to carry them.
 */
import type { Db } from "../db/client.ts";
import { addDays } from "../time/calendar-date.ts";
import { startOfLocalDate, studyDate } from "../time/study-day.ts";
import { stateData } from "./card-state.ts";
import { cardCatalog } from "./card-catalog.ts";
import { loadSettings } from "./review-service.ts";

export const CARD_ACTIONS = ["bury", "suspend", "unsuspend", "flag", "unflag"] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export async function applyCardAction(db: Db, userId: string, cardId: string, action: CardAction, now = new Date()): Promise<{ ok: true } | { ok: false; status: 404; message: string }> {
  if (!(await cardCatalog(db)).live.has(cardId)) return { ok: false, status: 404, message: "No such card." };
  const { timeZone } = await loadSettings(db, userId);
  const change = {
    bury: { buriedUntil: startOfLocalDate(addDays(studyDate(now, timeZone), 1), timeZone) },
    suspend: { suspended: true },
    unsuspend: { suspended: false },
    flag: { flagged: true },
    unflag: { flagged: false },
  }[action];
  await db.cardState.upsert({
    where: { userId_cardId: { userId, cardId } },
    create: { userId, cardId, ...stateData(null, now), version: 0, ...change },
    update: change,
  });
  return { ok: true };
}
