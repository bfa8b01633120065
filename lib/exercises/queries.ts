import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseJson, strings } from "@/lib/db/json";
import { exerciseFacesSchema, type ExerciseFaces } from "@/lib/content/faces";
import { sources } from "@/lib/content/columns";

const live = { retiredAt: null } as const;
const EMPTY_FACES: ExerciseFaces = { task: "", signature: "", examples: "", hints: [], explanation: "" };
const testNamesSchema = z.array(z.object({ name: z.string(), doc: z.string() }));

export type ExerciseFilter = { direction?: string; level?: string; topic?: string };

/** The exercises, easiest first, filtered by home or listed direction, level and topic. */
export async function listExercises(filter: ExerciseFilter = {}) {
  const rows = await db.exercise.findMany({ where: { ...live, ...(filter.level ? { level: filter.level } : {}) }, orderBy: [{ level: "asc" }, { id: "asc" }], select: { id: true, level: true, titleZh: true, titleEn: true, directions: true, topics: true } });
  return rows
    .map((e) => ({ ...e, directions: strings(e.directions, `exercise ${e.id} directions`), topics: strings(e.topics, `exercise ${e.id} topics`) }))
    .filter((e) => (!filter.direction || e.directions.includes(filter.direction)) && (!filter.topic || e.topics.includes(filter.topic)));
}

export async function getExercise(id: string) {
  const e = await db.exercise.findFirst({ where: { id, ...live } });
  if (!e) return null;
  return {
    ...e,
    directions: strings(e.directions, `exercise ${id} directions`),
    topics: strings(e.topics, `exercise ${id} topics`),
    questions: strings(e.questions, `exercise ${id} questions`),
    sources: sources(e.sources, `exercise ${id} sources`),
    faces: parseJson(exerciseFacesSchema, e.faces, EMPTY_FACES, `exercise ${id} faces`),
    testNames: parseJson(testNamesSchema, e.testNames, [], `exercise ${id} testNames`),
  };
}

export async function listExerciseIds() {
  return (await db.exercise.findMany({ where: live, select: { id: true } })).map((e) => e.id);
}

/** The exercises that drill a question, for its page. */
export async function exercisesFor(questionId: string) {
  const rows = await db.exercise.findMany({ where: live, select: { id: true, level: true, titleZh: true, titleEn: true, questions: true } });
  return rows.filter((e) => strings(e.questions).includes(questionId));
}
