import "server-only";
import { env } from "./env.ts";
import { createDb, type Db } from "./db/client.ts";

// One client per server process; dev hot reloads would otherwise open a new one per edit.
const globalForDb = globalThis as unknown as { rolloutDb?: Db };

export const db: Db = globalForDb.rolloutDb ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.rolloutDb = db;

export type { Db };
