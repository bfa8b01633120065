/**
 * A fresh, migrated database per test file, on the dialect the run asked for:
 * TEST_DIALECT=sqlite (default, a temp file) or postgresql (a uniquely named database on
 * TEST_POSTGRES_ADMIN_URL, dropped afterwards). Refuses any server that is not local.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrations";
import type { Dialect } from "@/lib/db/dialect";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const dialect: Dialect = process.env.TEST_DIALECT === "postgresql" ? "postgresql" : "sqlite";

export type TestDatabase = { db: Db; url: string; dialect: Dialect; drop: () => Promise<void> };

function localAdminUrl(): URL {
  const raw = process.env.TEST_POSTGRES_ADMIN_URL;
  if (!raw) throw new Error("TEST_DIALECT=postgresql needs TEST_POSTGRES_ADMIN_URL (npm test sets it up)");
  const url = new URL(raw);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    throw new Error(`refusing to create test databases on non-local server ${url.hostname}`);
  }
  return url;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "rollout-test-"));
    const url = `file:${path.join(dir, "test.db")}`;
    await migrate(url, ROOT);
    const db = createDb(url);
    return { db, url, dialect, drop: async () => { await db.$disconnect(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const admin = localAdminUrl();
  const name = `rollout_test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  await migrate(url.toString(), ROOT);
  const db = createDb(url.toString());
  return {
    db,
    url: url.toString(),
    dialect,
    drop: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A fresh database with the fixture corpus ingested. */
export async function createIngestedTestDatabase(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  const { ingestDirectory } = await import("@/lib/content/run-ingest");
  const outcome = await ingestDirectory(t.db, ROOT, "tests/fixtures/content");
  if (!outcome.ok) throw new Error("fixture corpus invalid");
  return t;
}
