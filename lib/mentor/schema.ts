/** Mentor and assignment forms. Pure. */
import { z } from "zod";
import { parseJson } from "../db/json.ts";
import { calendarDateSchema } from "../time/calendar-date.ts";
import { displayNameSchema } from "../text/display-name.ts";
import { userMarkdownField } from "../markdown/user-markdown.ts";

const id = z.string().min(1).max(64);
const title = z.string().trim().max(120, "titleTooLong");
const note = userMarkdownField().default({ source: "", html: "" });

export const cohortSchema = z.object({ name: displayNameSchema });
export const cohortRefSchema = z.object({ cohortId: id });
export const inviteRefSchema = z.object({ inviteId: id });
export const joinSchema = z.object({ token: z.string().min(1).max(128) });

const itemLine = /^(question|note|checks):([a-z0-9]+(-[a-z0-9]+)*)$/;

/** A track item: a question, a note, or a question's auto-graded checks (`checks:<question id>`). */
export const trackItemSchema = z.object({ kind: z.enum(["question", "note", "checks"]), id: z.string() });
export type TrackItem = z.infer<typeof trackItemSchema>;

/** A track assignment's stored items, checked (lib/db/json.ts). */
export const trackItems = (value: unknown) => parseJson(z.array(trackItemSchema), value, [], "assignment items");

/**
 * A custom track, one item per line: `question:<id>`, `note:<slug>` or `checks:<question id>`
 * (a bare id is a question).
 */
export function parseTrack(text: string): { items: TrackItem[]; errors: string[] } {
  const items: TrackItem[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const full = line.includes(":") ? line : `question:${line}`;
    const m = itemLine.exec(full);
    if (!m) errors.push(`line ${i + 1}: "${line.slice(0, 60)}" is not question:<id>, note:<slug> or checks:<question id>`);
    else items.push({ kind: m[1] as TrackItem["kind"], id: m[2]! });
  });
  return { items, errors };
}

export const assignmentSchema = z
  .object({
    cohortId: id,
    candidateId: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().max(64).nullable()),
    kind: z.enum(["plan", "track"]),
    planSlug: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().max(64).nullable()),
    title: title.default(""),
    track: z.string().max(20_000).default(""),
    note,
    dueDate: calendarDateSchema,
  })
  .refine((v) => v.kind !== "plan" || !!v.planSlug, { path: ["planSlug"], message: "planRequired" })
  .refine((v) => v.kind !== "track" || v.title.length > 0, { path: ["title"], message: "titleRequired" });

export const commentSchema = z.object({
  assignmentId: id,
  candidateId: id,
  body: userMarkdownField("commentRequired"),
});

export const editCommentSchema = z.object({ commentId: id, body: userMarkdownField("commentRequired") });
export const commentRefSchema = z.object({ commentId: id });
export const assignmentRefSchema = z.object({ assignmentId: id });
export const editAssignmentSchema = z.object({
  assignmentId: id,
  title: title.min(1, "titleRequired"),
  note,
  dueDate: calendarDateSchema,
});
