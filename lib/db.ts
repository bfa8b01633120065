import "server-only";
import { env } from "./env.ts";
import { createDb, type Db } from "./db/client.ts";
import { checkpointInBackground } from "./db/sqlite-checkpoint.ts";

// One client per server process; dev hot reloads would otherwise open a new one per edit.
const globalForDb = globalThis as unknown as { rolloutDb?: Db };

function open(): Db {
  const client = createDb(env.DATABASE_URL);
  checkpointInBackground(env.DATABASE_URL, client);
  return client;
}

export const db: Db = globalForDb.rolloutDb ?? open();
globalForDb.rolloutDb = db;

export type { Db };
