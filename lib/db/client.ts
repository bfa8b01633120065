/**
 * Builds a Prisma client for a DATABASE_URL. Scripts and tests call this directly; the app
 * goes through lib/db.ts, which holds the one shared instance.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client.ts";
import { dialectOf, sqlitePath } from "./dialect.ts";

// Both generated clients expose the same model API; code is written against the SQLite one,
// which also keeps Postgres-only query features out of the app.
export type Db = SqliteClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url: string): Db {
  if (dialectOf(url) === "sqlite") {
    // timeout = busy wait when another process holds the write lock.
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: 5000 }) });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
}
