/**
 * Saving a project story (and a direction take) as it is typed, field by field, like a mock answer's draft: a save
 * names the version it builds on and one built on an older version is refused with what was
 * saved since. Markdown fields are rendered here, once; a text over the Markdown limits is
 * kept all the same (html null, the problem returned), so nothing typed is lost. Takes the
 * database as an argument.
 */
import type { Db } from "../db/client.ts";
import { renderUserMarkdown, type UserMarkdownProblem } from "../markdown/user-markdown.ts";
import { PLAIN_FIELDS, type StoryField } from "./fields.ts";
import { saveVersioned } from "./versioned.ts";

export type PartInput = { projectId: string; field: StoryField; draft: string; baseVersion: number };

export type PartOutcome =
  | { ok: true; version: number; savedAt: string; problem: UserMarkdownProblem | null }
  | { ok: false; status: 404; error: "not_found"; message: string }
  | { ok: false; status: 409; error: "stale"; message: string; draft: string; version: number };

/** Markdown rendered once, here; plain text (and empty text) is never rendered. */
function rendered(text: string, plain = false): { html: string | null; problem: UserMarkdownProblem | null } {
  if (plain || !text.trim()) return { html: null, problem: null };
  const r = renderUserMarkdown(text);
  return r.ok ? { html: r.html, problem: null } : { html: null, problem: r.problem };
}

export async function savePart(db: Db, userId: string, input: PartInput, now = new Date()): Promise<PartOutcome> {
  const project = await db.project.findFirst({ where: { id: input.projectId, userId }, select: { id: true } });
  if (!project) return { ok: false, status: 404, error: "not_found", message: "No such project." };
  const { html, problem } = rendered(input.draft, PLAIN_FIELDS.includes(input.field));
  const key = { projectId_field: { projectId: project.id, field: input.field } };
  const outcome = await saveVersioned({
    create: () => db.projectPart.create({ data: { projectId: project.id, field: input.field, text: input.draft, html, version: 1 } }),
    update: () => db.projectPart.updateMany({ where: { projectId: project.id, field: input.field, version: input.baseVersion }, data: { text: input.draft, html, version: input.baseVersion + 1 } }),
    current: () => db.projectPart.findUnique({ where: key }),
  }, input.baseVersion);
  if (!outcome.saved) return { ok: false, status: 409, error: "stale", message: "Another tab saved a newer version of this field.", draft: outcome.text, version: outcome.version };
  await db.project.update({ where: { id: project.id }, data: { updatedAt: now } });
  return { ok: true, version: input.baseVersion + 1, savedAt: now.toISOString(), problem };
}

/** A direction take, saved as typed like a story field (Markdown, rendered when saved). */
export async function saveTake(db: Db, userId: string, input: { direction: string; draft: string; baseVersion: number }, now = new Date()): Promise<PartOutcome> {
  const direction = await db.direction.findFirst({ where: { slug: input.direction, retiredAt: null }, select: { slug: true } });
  if (!direction) return { ok: false, status: 404, error: "not_found", message: "No such direction." };
  const { html, problem } = rendered(input.draft);
  const key = { userId_direction: { userId, direction: direction.slug } };
  const outcome = await saveVersioned({
    create: () => db.directionTake.create({ data: { userId, direction: direction.slug, text: input.draft, html, version: 1 } }),
    update: () => db.directionTake.updateMany({ where: { userId, direction: direction.slug, version: input.baseVersion }, data: { text: input.draft, html, version: input.baseVersion + 1 } }),
    current: () => db.directionTake.findUnique({ where: key }),
  }, input.baseVersion);
  if (!outcome.saved) return { ok: false, status: 409, error: "stale", message: "Another tab saved a newer version of this take.", draft: outcome.text, version: outcome.version };
  return { ok: true, version: input.baseVersion + 1, savedAt: now.toISOString(), problem };
}
