/** Project studio forms and requests. Pure. */
import { z } from "zod";
import { MAX_FIELD_CHARS, STORY_FIELDS } from "./fields.ts";

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
