/**
 * NOTE (stack notes, measured here): SQLite's automatic WAL checkpoint runs inside whichever
 * write happens to cross the threshold and stalls it for 10–15 ms, which becomes the p99 of
 * every concurrent request. The server turns automatic checkpoints off on its connection and
 * checkpoints from a second connection instead (PASSIVE: never waits for readers).
 *
 * The second connection lives in a worker thread: better-sqlite3 is synchronous, so a
 * checkpoint on the main thread would still freeze every request for its 10–15 ms, once a
 * second. The worker is evaluated from source so that the bundler has no file to trace.
 */
import { Worker } from "node:worker_threads";
import type { Db } from "./client.ts";
import { dialectOf, sqlitePath } from "./dialect.ts";

const INTERVAL_MS = 1000;

const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const side = new Database(workerData.file, { timeout: 100 });
setInterval(() => {
  try {
    side.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // busy: the next tick tries again
  }
}, workerData.intervalMs);
`;

/** Starts the background checkpointer; returns how to stop it (tests, scripts). */
export function checkpointInBackground(url: string, db: Db, intervalMs = INTERVAL_MS): () => Promise<void> {
  if (dialectOf(url) !== "sqlite") return async () => {};
  void db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0").catch(() => {});
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: sqlitePath(url), intervalMs } });
  // If the worker cannot run, fall back to SQLite's own checkpoints rather than let the WAL grow.
  worker.on("error", (error) => {
    console.warn(`background WAL checkpoint stopped (${error.message}); SQLite checkpoints on its own again`);
    void db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 1000").catch(() => {});
  });
  worker.unref();
  return async () => void (await worker.terminate());
}
