/** Validate a content directory, then ingest it — or change nothing and return the problems. */
import type { Db } from "../db/client.ts";
import { corpusHash, loadCorpus, readContentFiles } from "./load.ts";
import { ingestCorpus, type IngestReport } from "./ingest.ts";
import type { Problem } from "./problems.ts";
import type { Corpus } from "./types.ts";

export type IngestOutcome =
  | { ok: false; problems: Problem[] }
  | { ok: true; report: IngestReport; corpus: Corpus | null }; // null: unchanged, not parsed

export async function ingestDirectory(db: Db, root: string, contentDir = "content", options: { force?: boolean } = {}): Promise<IngestOutcome> {
  // Unchanged files = unchanged corpus: skip parsing and rendering every formula again.
  if (!options.force) {
    const state = await db.contentState.findUnique({ where: { id: "corpus" } });
    if (state && state.corpusHash === corpusHash(readContentFiles(root, contentDir))) return { ok: true, report: { unchanged: true, tallies: {} }, corpus: null };
  }
  const { corpus, problems } = loadCorpus(root, contentDir);
  if (!corpus) return { ok: false, problems };
  return { ok: true, report: await ingestCorpus(db, corpus, options), corpus };
}

export function describeReport(report: IngestReport): string {
  if (report.unchanged) return "content unchanged, nothing to do";
  return Object.entries(report.tallies)
    .map(([kind, t]) => `${kind} +${t.created} ~${t.updated} -${t.retired} =${t.unchanged}`)
    .join(" · ");
}
