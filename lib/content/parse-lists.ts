/** Parses the YAML lists: topics.yaml, papers.yaml, models.yaml. Pure. */
import { z } from "zod";
import { parseYaml } from "./yaml.ts";
import { modelEntry, paperEntry, topicEntry } from "./schema.ts";
import type { ModelDoc, PaperDoc, TopicDoc } from "./types.ts";
import { sha } from "./parse-markdown-docs.ts";

function list<S extends z.ZodType>(file: string, text: string, entry: S) {
  const parsed = parseYaml(text, z.array(entry), file);
  const problems = [...parsed.problems];
  const values = (parsed.value ?? []) as (z.infer<S> & { id: string })[];
  const seen = new Map<string, number>();
  values.forEach((v, i) => {
    if (seen.has(v.id)) problems.push({ file, line: parsed.lineOf?.([i, "id"]) ?? 1, field: `${i}.id`, message: `duplicate id "${v.id}" (first at entry ${seen.get(v.id)})` });
    else seen.set(v.id, i);
  });
  return { values, problems, lineOf: parsed.lineOf ?? (() => 1) };
}

export function parseTopics(file: string, text: string) {
  const { values, problems } = list(file, text, topicEntry);
  const topics: TopicDoc[] = values.map((t, position) => ({ id: t.id, zh: t.zh, en: t.en, position }));
  return { topics, problems };
}

export function parsePapers(file: string, text: string) {
  const { values, problems, lineOf } = list(file, text, paperEntry);
  const papers: PaperDoc[] = values.map((p) => ({
    id: p.id,
    date: p.date,
    title: p.title,
    short: p.short ?? null,
    authors: p.authors ?? null,
    arxiv: p.arxiv ?? null,
    url: p.url ?? null,
    contribution: p.contribution,
    lists: p.lists,
    hash: sha(JSON.stringify(p)),
  }));
  return { papers, problems, lineOf };
}

export function parseModels(file: string, text: string) {
  const { values, problems, lineOf } = list(file, text, modelEntry);
  const models: ModelDoc[] = values.map((m, position) => ({
    id: m.id,
    position,
    name: m.name,
    vendor: m.vendor,
    released: m.released,
    training: m.training,
    control: m.control,
    openness: m.openness,
    papers: m.papers,
    hash: sha(JSON.stringify(m) + position),
  }));
  return { models, problems, lineOf };
}
