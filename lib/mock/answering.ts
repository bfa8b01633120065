/**
 * Answering a mock question: the clock runs on the server from the moment the question is
 * first shown, and what the candidate types is saved as a draft as they go — so a reload, a
 * crash or a second tab loses neither the time nor the text. Takes the database as an argument.
 */
import type { Db } from "../db/client.ts";

export type DraftInput = { mockId: string; itemId: string; draft: string; baseVersion: number };

export type DraftOutcome =
  | { ok: true; version: number; savedAt: string }
  | { ok: false; status: 404; error: "not_found"; message: string }
  | { ok: false; status: 409; error: "answered"; message: string }
  // Another tab saved since this one last did: here is what it saved, to choose from.
  | { ok: false; status: 409; error: "stale"; message: string; draft: string; version: number };

const owned = (userId: string, mockId: string, itemId: string) => ({ id: itemId, mockId, mock: { userId } });

/** Start the clock of a question when it is first shown (never restarts it). Returns when it started. */
export async function startItem(db: Db, userId: string, mockId: string, itemId: string, now = new Date()): Promise<Date | null> {
  await db.mockItem.updateMany({ where: { ...owned(userId, mockId, itemId), startedAt: null }, data: { startedAt: now } });
  const item = await db.mockItem.findFirst({ where: owned(userId, mockId, itemId), select: { startedAt: true } });
  return item?.startedAt ?? null;
}

/** Save the typed answer if it builds on the latest saved draft; an answered question keeps its answer. */
export async function saveDraft(db: Db, userId: string, input: DraftInput, now = new Date()): Promise<DraftOutcome> {
  const where = owned(userId, input.mockId, input.itemId);
  const saved = await db.mockItem.updateMany({
    where: { ...where, answeredAt: null, draftVersion: input.baseVersion },
    data: { draft: input.draft, draftVersion: input.baseVersion + 1 },
  });
  if (saved.count === 1) {
    // A question first shown by a page that failed to stamp it still gets a clock.
    await db.mockItem.updateMany({ where: { ...where, startedAt: null }, data: { startedAt: now } });
    return { ok: true, version: input.baseVersion + 1, savedAt: now.toISOString() };
  }
  const item = await db.mockItem.findFirst({ where, select: { answeredAt: true, draft: true, draftVersion: true } });
  if (!item) return { ok: false, status: 404, error: "not_found", message: "No such mock question." };
  if (item.answeredAt) return { ok: false, status: 409, error: "answered", message: "This question was already answered." };
  return { ok: false, status: 409, error: "stale", message: "Another tab saved a newer draft.", draft: item.draft ?? "", version: item.draftVersion };
}

/** Seconds from the first showing to `answeredAt`, by the server's clock. */
export function secondsUsed(startedAt: Date | null, answeredAt: Date): number {
  if (!startedAt) return 0;
  return Math.max(0, Math.round((answeredAt.getTime() - startedAt.getTime()) / 1000));
}
