/**
 * The probes asked about a project, by id: the content's, and those a mentor added to it. One
 * lookup for the grill, the mock's project round and the export, so a mentor's probe is asked,
 * graded and shown like any other. Takes the database as an argument.
 */
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { parseJson } from "../db/json.ts";
import { userNames } from "../db/user-names.ts";
import { probeFacesSchema } from "../content/faces.ts";

export type AskedProbe = {
  id: string;
  titleZh: string;
  titleEn: string | null; // a mentor's probe is asked in the words they wrote
  rubric: string[]; // HTML, one per point
  redFlags: string[];
  mentor: string | null; // who added it, for a mentor's probe
};

const pointsSchema = z.array(z.object({ source: z.string(), html: z.string() }));
export type MentorPoint = z.infer<typeof pointsSchema>[number];
export const mentorPoints = (value: unknown, where: string) => parseJson(pointsSchema, value, [], where);

export async function probesById(db: Db, projectId: string, ids: string[]): Promise<Map<string, AskedProbe>> {
  if (!ids.length) return new Map();
  const [content, added] = await Promise.all([
    db.probe.findMany({ where: { id: { in: ids } }, select: { id: true, titleZh: true, titleEn: true, faces: true } }),
    db.mentorProbe.findMany({ where: { id: { in: ids }, projectId } }),
  ]);
  const authors = await userNames(db, added.map((p) => p.authorId));
  const found: AskedProbe[] = [
    ...content.flatMap((p) => {
      const faces = probeFacesSchema.safeParse(p.faces);
      return faces.success ? [{ id: p.id, titleZh: p.titleZh, titleEn: p.titleEn, ...faces.data, mentor: null }] : [];
    }),
    ...added.map((p) => ({
      id: p.id, titleZh: p.question, titleEn: null,
      rubric: mentorPoints(p.rubric, `mentor probe ${p.id} rubric`).map((x) => x.html),
      redFlags: mentorPoints(p.redFlags, `mentor probe ${p.id} redFlags`).map((x) => x.html),
      mentor: authors.get(p.authorId) ?? "—",
    })),
  ];
  return new Map(found.map((p) => [p.id, p]));
}
