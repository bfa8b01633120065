/**
 * The content tables' JSON columns, read back through zod (lib/db/json.ts): what the ingest
 * wrote, checked rather than cast. Pure.
 */
import { z } from "zod";
import { parseJson } from "../db/json.ts";
import { planModule, source } from "./schema.ts";
import type { DirectionSections } from "./types.ts";
import type { PlanModule } from "../plans/progress.ts";

const sectionsSchema = z.object({
  what: z.string(),
  extra: z.array(z.object({ heading: z.string(), markdown: z.string() })),
  subtopics: z.array(z.object({ title: z.string(), markdown: z.string() })),
  profile: z.string(),
  competitionWhy: z.string(),
}) satisfies z.ZodType<DirectionSections>;

const keywordsSchema = z.object({ zh: z.array(z.string()), en: z.array(z.string()), also: z.array(z.string()).default([]) });

export const sources = (value: unknown, where: string) => parseJson(z.array(source), value, [], where);
export const sections = (value: unknown, where: string): DirectionSections => parseJson(sectionsSchema, value, { what: "", extra: [], subtopics: [], profile: "", competitionWhy: "" }, where);
export const keywords = (value: unknown, where: string) => parseJson(keywordsSchema, value, { zh: [], en: [], also: [] }, where);
export const planModules = (value: unknown, where: string): PlanModule[] => parseJson(z.array(planModule), value, [], where);
