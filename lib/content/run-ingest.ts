/** Validate a content directory, then ingest it — or change nothing and return the problems. */
import type { Db } from "../db/client.ts";
import { loadCorpus } from "./load.ts";
import { ingestCorpus, type IngestReport } from "./ingest.ts";
import type { Problem } from "./problems.ts";
import type { Corpus } from "./types.ts";

export type IngestOutcome =
  | { ok: false; problems: Problem[] }
  | { ok: true; report: IngestReport; corpus: Corpus };

export async function ingestDirectory(db: Db, root: string, contentDir = "content", options: { force?: boolean } = {}): Promise<IngestOutcome> {
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
