/**
 * Applies the committed migration SQL at start-up — no schema engine involved. Records each
 * migration in Prisma's `_prisma_migrations` table (same columns and checksums as
 * `prisma migrate deploy`), so the regular Prisma CLI stays usable where it is available.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { dialectOf, sqlitePath, type Dialect } from "./dialect.ts";

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type Applied = { migration_name: string; checksum: string; finished_at: unknown };

/** Which migrations still need to run; throws when history and folder disagree. */
export function pendingMigrations(migrations: Migration[], applied: Applied[]): Migration[] {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of applied) {
    const local = byName.get(row.migration_name);
    if (!row.finished_at) {
      throw new Error(`migration ${row.migration_name} failed earlier and was never finished; fix the database by hand`);
    }
    if (!local) throw new Error(`the database has migration ${row.migration_name}, which is not in this checkout`);
    if (local.checksum !== row.checksum) {
      throw new Error(`migration ${row.migration_name} was edited after it was applied (checksum differs)`);
    }
  }
  const done = new Set(applied.map((r) => r.migration_name));
  return migrations.filter((m) => !done.has(m.name));
}

const TABLE: Record<Dialect, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

const SELECT_APPLIED = `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`;

function applySqlite(url: string, migrations: Migration[]): string[] {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL"); // persistent; lets readers run beside the writer
    db.exec(TABLE.sqlite);
    /*
     * NOTE: Prisma rebuilds a SQLite table to change it (create new, copy, DROP old, rename)
     * between PRAGMA foreign_keys=OFF/ON — but that pragma does nothing inside a transaction,
     * so the DROP cascaded and deleted every child row (rebuilding Assignment emptied
     * AssignmentComment). Foreign keys are switched off around the transaction instead, and
     * checked before it commits.
     */
    db.pragma("foreign_keys = OFF");
    // One transaction for everything: a crash leaves the database as it was.
    const run = db.transaction(() => {
      const todo = pendingMigrations(migrations, db.prepare(SELECT_APPLIED).all() as Applied[]);
      const record = db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
      );
      for (const m of todo) {
        db.exec(m.sql);
        record.run(randomUUID(), m.checksum, m.name);
      }
      const broken = db.pragma("foreign_key_check") as { table: string; parent: string }[];
      if (broken.length) throw new Error(`migration left ${broken.length} row(s) pointing nowhere, e.g. ${broken[0]!.table} → ${broken[0]!.parent}; nothing was applied`);
      return todo.map((m) => m.name);
    });
    const applied = run.immediate();
    db.pragma("foreign_keys = ON");
    return applied;
  } finally {
    db.close();
  }
}

// Same lock id Prisma Migrate uses, so two starting instances (or one and the CLI) queue up.
const ADVISORY_LOCK = 72707369;

async function applyPostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK]);
    await client.query("BEGIN");
    try {
      await client.query(TABLE.postgresql);
      const todo = pendingMigrations(migrations, (await client.query(SELECT_APPLIED)).rows as Applied[]);
      for (const m of todo) {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
      }
      await client.query("COMMIT");
      return todo.map((m) => m.name);
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** Applies what is missing; returns the names of the migrations it ran. */
export async function migrate(url: string, root: string): Promise<string[]> {
  const dialect = dialectOf(url);
  const migrations = readMigrations(path.join(root, "prisma", dialect, "migrations"));
  return dialect === "sqlite" ? applySqlite(url, migrations) : applyPostgres(url, migrations);
}
