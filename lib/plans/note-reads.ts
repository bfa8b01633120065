/** "Mark this note read": the user's own word that a note is done, counted by plans. Takes the database as an argument. */
import type { Db } from "../db/client.ts";

/** Whether the note is marked read; null for a note that does not exist (or was retired). */
export async function noteReadState(db: Db, userId: string, slug: string): Promise<{ read: boolean; readAt: string | null } | null> {
  const [note, mark] = await Promise.all([
    db.note.findFirst({ where: { slug, retiredAt: null }, select: { slug: true } }),
    db.noteRead.findUnique({ where: { userId_noteSlug: { userId, noteSlug: slug } } }),
  ]);
  if (!note) return null;
  return { read: Boolean(mark), readAt: mark?.readAt.toISOString() ?? null };
}

/** Mark or unmark; marking twice keeps the first time. */
export async function setNoteRead(db: Db, userId: string, slug: string, read: boolean, now = new Date()) {
  const note = await db.note.findFirst({ where: { slug, retiredAt: null }, select: { slug: true } });
  if (!note) return null;
  if (read) await db.noteRead.upsert({ where: { userId_noteSlug: { userId, noteSlug: slug } }, create: { userId, noteSlug: slug, readAt: now }, update: {} });
  else await db.noteRead.deleteMany({ where: { userId, noteSlug: slug } });
  return noteReadState(db, userId, slug);
}
