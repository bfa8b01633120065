import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkpointInBackground } from "@/lib/db/sqlite-checkpoint";
import { sqlitePath } from "@/lib/db/dialect";
import { createTestDatabase, dialect, type TestDatabase } from "../support/test-db";
import { makeUser } from "../support/factories";

/** Rows in the main database file alone, as if the WAL were lost: only checkpointed writes count. */
function usersInMainFile(file: string): number {
  const dir = mkdtempSync(path.join(tmpdir(), "rollout-ckpt-"));
  try {
    copyFileSync(file, path.join(dir, "copy.db"));
    const copy = new Database(path.join(dir, "copy.db"), { readonly: true });
    try {
      return (copy.prepare(`SELECT count(*) AS n FROM "user"`).get() as { n: number }).n;
    } finally {
      copy.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(dialect !== "sqlite")("background WAL checkpoint (SQLite only: PostgreSQL manages its own WAL)", () => {
  let t: TestDatabase;
  let stop = async () => {};
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await stop();
    await t?.drop();
  });

  it("moves committed writes into the main file from a worker, with automatic checkpoints off", async () => {
    stop = checkpointInBackground(t.url, t.db, 100);
    await new Promise((r) => setTimeout(r, 300)); // the pragma that turns autocheckpoint off has run
    const before = usersInMainFile(sqlitePath(t.url));
    for (let i = 0; i < 5; i++) await makeUser(t.db);
    let after = before;
    for (let tries = 0; tries < 50 && after < before + 5; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      after = usersInMainFile(sqlitePath(t.url));
    }
    expect(after).toBe(before + 5);
  });
});
