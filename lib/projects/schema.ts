/** Project studio forms and requests. Pure. */
import { z } from "zod";
import { MAX_FIELD_CHARS, STORY_FIELDS } from "./fields.ts";
import { renderUserMarkdown, userMarkdownField, type UserMarkdown } from "../markdown/user-markdown.ts";

const id = z.string().min(1).max(64);
const list = (v: unknown) => (Array.isArray(v) ? v : v ? [v] : []);
const directions = z.preprocess(list, z.array(z.string().regex(/^[a-z0-9-]{1,64}$/)).max(11));

/** POST /api/projects/part: one field as typed, and the version it builds on. */
export const partSchema = z
  .strictObject({ projectId: id, field: z.enum(STORY_FIELDS), draft: z.string(), baseVersion: z.number().int().min(0) })
  .superRefine((v, ctx) => {
    if (v.draft.length > MAX_FIELD_CHARS[v.field]) ctx.addIssue({ code: "custom", path: ["draft"], message: `at most ${MAX_FIELD_CHARS[v.field]} characters` });
  });

export const createProjectSchema = z.object({
  title: z.string().trim().min(1, "titleRequired").max(MAX_FIELD_CHARS.title, "titleTooLong"),
  directions,
});

export const projectDirectionsSchema = z.object({ projectId: id, directions });
export const projectRefSchema = z.object({ projectId: id });

/** POST /api/projects/grill: one graded answer to a probe about a project. */
export const probeGradeSchema = z.strictObject({
  projectId: id,
  probeId: z.string().min(1).max(80),
  clientReviewId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, - or _"),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  answer: z.string().max(10_000, "answerTooLong"),
  checked: z.array(z.int().min(0).max(20)).max(20),
  redFlagHit: z.boolean(),
  durationMs: z.int().min(0).max(3_600_000),
});

/** POST /api/projects/take: a direction take as typed. */
export const takeSchema = z.strictObject({ direction: z.string().regex(/^[a-z0-9-]{1,64}$/), draft: z.string().max(5000), baseVersion: z.number().int().min(0) });

export const shareSchema = z.object({ projectId: id, mentorId: id });
export const projectCommentSchema = z.object({ projectId: id, body: userMarkdownField("commentRequired") });

/**
 * Points written one per line (a leading "- " or "* " is dropped), each user Markdown rendered
 * here, once. `min`..`max` lines; over a limit, the field's error names it.
 */
function markdownLines(min: number, max: number, messages: { tooFew: string; tooMany: string }) {
  return z.string().max(4000, "markdownTooLong").default("").transform((text, ctx): UserMarkdown[] => {
    const lines = text.split(/\r?\n/).map((l) => l.replace(/^\s*[-*]\s+/, "").trim()).filter(Boolean);
    if (lines.length < min) ctx.addIssue({ code: "custom", message: messages.tooFew });
    if (lines.length > max) ctx.addIssue({ code: "custom", message: messages.tooMany });
    const rendered = lines.map((source) => ({ source, out: renderUserMarkdown(source) }));
    const bad = rendered.find((r) => !r.out.ok);
    if (bad && !bad.out.ok) ctx.addIssue({ code: "custom", message: bad.out.problem });
    return rendered.map((r) => ({ source: r.source, html: r.out.ok ? r.out.html : "" }));
  });
}

/** A mentor's own probe on a project shared with them: the question, what a strong answer shows, red flags. */
export const mentorProbeSchema = z.object({
  projectId: id,
  question: z.string().trim().min(1, "questionRequired").max(300, "questionTooLong"),
  rubric: markdownLines(1, 8, { tooFew: "pointsRequired", tooMany: "tooManyPoints" }),
  redFlags: markdownLines(0, 4, { tooFew: "pointsRequired", tooMany: "tooManyRedFlags" }),
});
export const mentorProbeRefSchema = z.object({ probeId: id });

export const takeShareSchema = z.object({ direction: z.string().regex(/^[a-z0-9-]{1,64}$/), mentorId: id });
export const takeCommentSchema = z.object({ ownerId: id, direction: z.string().regex(/^[a-z0-9-]{1,64}$/), body: userMarkdownField("commentRequired") });
