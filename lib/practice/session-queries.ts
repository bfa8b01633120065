import "server-only";
import { db } from "@/lib/db";
import { loadCardContents } from "./cards";
import { snapshotOf } from "./card-state";
import { preview, type ScheduleParams } from "./scheduler";
import type { SessionCard } from "./session-card";

/** The given cards (order kept) for a user's session, with their version and grade previews. */
export async function sessionCards(userId: string, ids: string[], now: Date, params: ScheduleParams): Promise<SessionCard[]> {
  if (!ids.length) return [];
  const [contents, states] = await Promise.all([loadCardContents(ids), db.cardState.findMany({ where: { userId, cardId: { in: ids } } })]);
  const stateOf = new Map(states.map((s) => [s.cardId, s]));
  return contents.map((c) => {
    const row = stateOf.get(c.id);
    return {
      id: c.id,
      kind: c.kind,
      questionId: c.questionId,
      level: c.level,
      title: c.kind === "formula" ? { zh: c.title, en: null } : { zh: c.titleZh, en: c.titleEn },
      faces: c.kind === "question" ? { kind: "question" as const, ...c.faces } : c.kind === "check" ? { kind: "check" as const, checkId: c.checkId, ...c.faces } : { kind: "formula" as const, ...c.faces },
      version: row?.version ?? 0,
      preview: preview(row ? snapshotOf(row) : null, now, params),
      flagged: row?.flagged ?? false,
    };
  });
}
