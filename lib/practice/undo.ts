/**
 * Undo of a grade. The log stays append-only: an undo is a new entry that takes back the
 * card's latest grade and restores the state before it (replay() reads it the same way); the
 * grade's day total is taken back too. Only the card's latest grade still standing can be undone,
 * once; undoing again takes back the one before it.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { JsonNull } from "../db/json.ts";
import { studyDate } from "../time/study-day.ts";
import { snapshotOf, stateData } from "./card-state.ts";
import { dayDelta } from "./review-days.ts";
import { addToReviewDay } from "./review-day-store.ts";
import { loadSettings } from "./review-service.ts";
import { snapshotFrom } from "./snapshot.ts";

export type UndoOutcome =
  | { ok: true; cardId: string; version: number; duplicate: boolean }
  | { ok: false; status: 404 | 409; error: "not_found" | "conflict"; message: string };

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";

export async function undoGrade(db: Db, userId: string, clientReviewId: string, now = new Date()): Promise<UndoOutcome> {
  const grade = await db.reviewLog.findUnique({ where: { userId_clientReviewId: { userId, clientReviewId } } });
  if (!grade || grade.undoes) return { ok: false, status: 404, error: "not_found", message: "No such grade." };
  const undoId = `undo:${clientReviewId}`;
  const [undone, row, settings] = await Promise.all([
    db.reviewLog.findUnique({ where: { userId_clientReviewId: { userId, clientReviewId: undoId } } }),
    db.cardState.findUnique({ where: { userId_cardId: { userId, cardId: grade.cardId } } }),
    loadSettings(db, userId),
  ]);
  // A retried undo: already done, say so the same way.
  if (undone) return { ok: true, cardId: grade.cardId, version: row?.version ?? undone.stateVersion, duplicate: true };
  if (!row || (await latestGrade(db, userId, grade.cardId)) !== grade.id) {
    return { ok: false, status: 409, error: "conflict", message: "This card was graded again since; only its latest grade can be undone." };
  }
  const restored = snapshotFrom(grade.stateBefore);
  if (grade.stateBefore !== null && !restored) {
    console.warn(`undo: review log ${grade.id} holds an unreadable state; not undone`);
    return { ok: false, status: 409, error: "conflict", message: "This grade cannot be undone." };
  }
  const version = row.version + 1;
  try {
    await db.$transaction([
      db.cardState.updateMany({
        where: { userId, cardId: grade.cardId, version: row.version },
        // Undoing a card's first grade makes it new again, and gives back today's new-card slot.
        data: { ...stateData(restored, now), version, ...(restored ? {} : { introducedAt: null }) },
      }),
      db.reviewLog.create({
        data: {
          id: randomUUID(), userId, cardId: grade.cardId, clientReviewId: undoId, stateVersion: version, rating: 0, undoes: grade.id,
          reviewedAt: now, durationMs: 0, source: grade.source, stateBefore: snapshotOf(row) ?? JsonNull, stateAfter: restored ?? JsonNull, params: grade.params ?? JsonNull,
        },
      }),
      addToReviewDay(db, userId, studyDate(grade.reviewedAt, settings.timeZone), negate(dayDelta(grade.rating, restored?.scheduledDays ?? null))),
    ]);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, status: 409, error: "conflict", message: "This card changed in another tab; nothing was undone." };
  }
  return { ok: true, cardId: grade.cardId, version, duplicate: false };
}

/** The card's latest grade not taken back: undos cancel the grade before them, as in replay(). */
async function latestGrade(db: Db, userId: string, cardId: string): Promise<string | null> {
  const entries = await db.reviewLog.findMany({ where: { userId, cardId }, orderBy: { stateVersion: "asc" }, select: { id: true, undoes: true } });
  const standing: string[] = [];
  for (const e of entries) {
    if (e.undoes) standing.pop();
    else standing.push(e.id);
  }
  return standing.at(-1) ?? null;
}

const negate = (d: ReturnType<typeof dayDelta>) => ({ reviews: -d.reviews, matureReviews: -d.matureReviews, maturePassed: -d.maturePassed });
