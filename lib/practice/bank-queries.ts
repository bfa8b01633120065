import "server-only";
import { db } from "@/lib/db";
import type { CardRow } from "./question-status";

/** The user's card rows of questions, by question id (one query; the bank shows every question). */
export async function questionCardsOf(userId: string): Promise<Map<string, CardRow>> {
  const rows = await db.cardState.findMany({
    where: { userId, cardId: { startsWith: "q:" } },
    select: { cardId: true, state: true, due: true, stability: true, suspended: true, buriedUntil: true, flagged: true },
  });
  return new Map(rows.map(({ cardId, ...row }) => [cardId.slice(2), row]));
}
