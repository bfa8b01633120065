/**
 * NOTE (stack notes, measured here): SQLite's automatic WAL checkpoint runs inside whichever
 * write happens to cross the threshold and stalls it for 10–15 ms, which becomes the p99 of
 * every concurrent request. The server turns automatic checkpoints off on its connection and
 * checkpoints from a second connection in the background instead (PASSIVE: never blocks).
 */
import Database from "better-sqlite3";
import type { Db } from "./client.ts";
import { dialectOf, sqlitePath } from "./dialect.ts";

const INTERVAL_MS = 1000;

export function checkpointInBackground(url: string, db: Db): void {
  if (dialectOf(url) !== "sqlite") return;
  void db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0").catch(() => {});
  const side = new Database(sqlitePath(url), { timeout: 100 });
  const timer = setInterval(() => {
    try {
      side.pragma("wal_checkpoint(PASSIVE)");
    } catch {
      // busy: the next tick tries again
    }
  }, INTERVAL_MS);
  timer.unref();
}
