/**
 * Reads content/ and returns the validated corpus, or every problem found in it. Nothing
 * here writes: the ingest only writes a corpus that came back without problems.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { CONTENT_HTML_VERSION } from "../markdown/content-html.ts";
import { parseDirection, parseNote, parsePlan, parseProbeFile, parseQuestion, parseTalkTrack } from "./parse-markdown-docs.ts";
import { parseModels, parsePapers, parseTopics } from "./parse-lists.ts";
import { EXERCISE_FILES, parseExercise } from "./parse-exercise.ts";
import { crossCheck } from "./cross-check.ts";
import { voiceProblems } from "./voice.ts";
import { sortProblems, type Problem } from "./problems.ts";
import type { Corpus } from "./types.ts";

type FileText = { rel: string; text: string };

function walk(dir: string, root: string): FileText[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((abs) => ({ rel: path.relative(root, abs).split(path.sep).join("/"), text: readFileSync(abs, "utf8") }));
}

/** Fingerprint of everything the ingest reads: unchanged fingerprint = nothing to do. */
/** The corpus's fingerprint: its files, and the renderer whose HTML the ingest stores. */
export function corpusHash(files: FileText[]): string {
  const h = createHash("sha256").update(CONTENT_HTML_VERSION).update("\0");
  for (const f of files) h.update(f.rel).update("\0").update(f.text).update("\0");
  return h.digest("hex");
}

export function readContentFiles(root: string, contentDir = "content"): FileText[] {
  // content/README.md documents the format; an exercise's README.md is content.
  return walk(path.join(root, contentDir), root).filter((f) => f.rel !== `${contentDir}/README.md`);
}

export function loadCorpus(root: string, contentDir = "content"): { corpus: Corpus | null; problems: Problem[]; hash: string } {
  const files = readContentFiles(root, contentDir);
  const hash = corpusHash(files);
  const problems: Problem[] = [];
  const corpus: Corpus = { directions: [], questions: [], notes: [], talkTracks: [], papers: [], models: [], topics: [], plans: [], probeFiles: [], exercises: [], hash };
  const prefix = `${contentDir}/`;
  let sawTopics = false;
  // An exercise is a directory of files: gathered here, parsed once all are read.
  const exercises = new Map<string, Partial<Record<(typeof EXERCISE_FILES)[number], string>>>();

  for (const { rel, text } of files) {
    problems.push(...voiceProblems(rel, text));
    const inner = rel.slice(prefix.length);
    const parts = inner.split("/");
    const take = <T>(r: { doc: T | null; problems: Problem[] }, into: T[]) => {
      problems.push(...r.problems);
      if (r.doc) into.push(r.doc);
    };
    if (parts[0] === "directions" && parts.length === 2 && inner.endsWith(".md")) take(parseDirection(rel, text), corpus.directions);
    else if (parts[0] === "questions" && parts.length === 3 && inner.endsWith(".md")) take(parseQuestion(rel, text), corpus.questions);
    else if (parts[0] === "notes" && parts.length === 2 && inner.endsWith(".md")) take(parseNote(rel, text), corpus.notes);
    else if (parts[0] === "talk-tracks" && parts.length === 2 && inner.endsWith(".md")) take(parseTalkTrack(rel, text), corpus.talkTracks);
    else if (parts[0] === "plans" && parts.length === 2 && inner.endsWith(".md")) take(parsePlan(rel, text), corpus.plans);
    else if (parts[0] === "probes" && parts.length === 2 && inner.endsWith(".md")) take(parseProbeFile(rel, text), corpus.probeFiles);
    else if (parts[0] === "exercises" && parts.length === 3 && (EXERCISE_FILES as readonly string[]).includes(parts[2]!)) {
      const dir = `${prefix}exercises/${parts[1]}`;
      exercises.set(dir, { ...exercises.get(dir), [parts[2]!]: text });
    }
    else if (inner === "topics.yaml") {
      sawTopics = true;
      const r = parseTopics(rel, text);
      problems.push(...r.problems);
      corpus.topics = r.topics;
    } else if (inner === "papers.yaml") {
      const r = parsePapers(rel, text);
      problems.push(...r.problems);
      corpus.papers = r.papers;
    } else if (inner === "models.yaml") {
      const r = parseModels(rel, text);
      problems.push(...r.problems);
      corpus.models = r.models;
    } else {
      problems.push({ file: rel, line: 1, field: "file", message: "not a known content file (see content/README.md for the layout)" });
    }
  }
  for (const [dir, files] of exercises) {
    const r = parseExercise(dir, files);
    problems.push(...r.problems);
    if (r.doc) corpus.exercises.push(r.doc);
  }
  corpus.exercises.sort((a, b) => a.id.localeCompare(b.id));
  if (!sawTopics) problems.push({ file: `${prefix}topics.yaml`, line: 1, field: "file", message: "missing: the topic vocabulary is required" });
  problems.push(...crossCheck(corpus));
  return { corpus: problems.length ? null : corpus, problems: sortProblems(problems), hash };
}
