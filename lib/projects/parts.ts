/**
 * Saving a project story as it is typed, field by field, like a mock answer's draft: a save
 * names the version it builds on and one built on an older version is refused with what was
 * saved since. Markdown fields are rendered here, once; a text over the Markdown limits is
 * kept all the same (html null, the problem returned), so nothing typed is lost. Takes the
 * database as an argument.
 */
import type { Db } from "../db/client.ts";
import { renderUserMarkdown, type UserMarkdownProblem } from "../markdown/user-markdown.ts";
import { PLAIN_FIELDS, type StoryField } from "./fields.ts";

export type PartInput = { projectId: string; field: StoryField; draft: string; baseVersion: number };

export type PartOutcome =
  | { ok: true; version: number; savedAt: string; problem: UserMarkdownProblem | null }
  | { ok: false; status: 404; error: "not_found"; message: string }
  | { ok: false; status: 409; error: "stale"; message: string; draft: string; version: number };

function rendered(field: StoryField, text: string): { html: string | null; problem: UserMarkdownProblem | null } {
  if (PLAIN_FIELDS.includes(field) || !text.trim()) return { html: null, problem: null };
  const r = renderUserMarkdown(text);
  return r.ok ? { html: r.html, problem: null } : { html: null, problem: r.problem };
}

export async function savePart(db: Db, userId: string, input: PartInput, now = new Date()): Promise<PartOutcome> {
  const project = await db.project.findFirst({ where: { id: input.projectId, userId }, select: { id: true } });
  if (!project) return { ok: false, status: 404, error: "not_found", message: "No such project." };
  const { html, problem } = rendered(input.field, input.draft);
  const key = { projectId_field: { projectId: project.id, field: input.field } };
  const next = input.baseVersion + 1;
  let saved = false;
  if (input.baseVersion === 0) {
    // The field's first save; a second tab's first save races it on the primary key.
    try {
      await db.projectPart.create({ data: { projectId: project.id, field: input.field, text: input.draft, html, version: 1 } });
      saved = true;
    } catch {
      saved = false;
    }
  } else {
    saved = (await db.projectPart.updateMany({ where: { projectId: project.id, field: input.field, version: input.baseVersion }, data: { text: input.draft, html, version: next } })).count === 1;
  }
  if (saved) {
    await db.project.update({ where: { id: project.id }, data: { updatedAt: now } });
    return { ok: true, version: next, savedAt: now.toISOString(), problem };
  }
  const row = await db.projectPart.findUnique({ where: key });
  return { ok: false, status: 409, error: "stale", message: "Another tab saved a newer version of this field.", draft: row?.text ?? "", version: row?.version ?? 0 };
}
