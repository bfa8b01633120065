/**
 * Applying a migration never loses rows. On SQLite, Prisma changes a table by rebuilding it;
 * inside our one-transaction runner that once cascaded the DROP and emptied every child table.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrations";
import { createDb, type Db } from "@/lib/db/client";
import { createTestDatabase, dialect, ROOT } from "../support/test-db";

describe(`migrations keep existing rows on ${dialect}`, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "rollout-migrations-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("a table rebuild keeps the rows of the tables that point to it", async () => {
    const source = path.join(ROOT, "prisma", dialect, "migrations");
    const all = readMigrations(source);
    // The first migration after which Assignment is rebuilt while comments point to it.
    const rebuild = all.findIndex((m) => m.name.endsWith("_user_markdown_html"));
    expect(rebuild).toBeGreaterThan(0);
    const root = path.join(scratch, "root");
    const target = path.join(root, "prisma", dialect, "migrations");
    mkdirSync(target, { recursive: true });
    const copy = (names: string[]) => names.forEach((name) => cpSync(path.join(source, name), path.join(target, name), { recursive: true }));
    copy(all.slice(0, rebuild).map((m) => m.name));

    // An empty database (on PostgreSQL, a fresh one) migrated to just before the rebuild.
    const t = dialect === "sqlite" ? null : await createTestDatabase();
    const url = t ? t.url : `file:${path.join(scratch, "keep.db")}`;
    if (t) {
      await t.db.$executeRawUnsafe(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
      await t.db.$disconnect();
    }
    await migrate(url, root);
    let db: Db = createDb(url);
    const now = new Date();
    const no = dialect === "sqlite" ? 0 : false;
    await db.$executeRaw`INSERT INTO "user" ("id","name","email","emailVerified","role","createdAt","updatedAt") VALUES ('u1','Mentor','m@example.test',${no},'mentor',${now},${now})`;
    await db.$executeRaw`INSERT INTO "Cohort" ("id","mentorId","name","createdAt") VALUES ('c1','u1','C',${now})`;
    await db.$executeRaw`INSERT INTO "CohortMember" ("cohortId","userId","joinedAt") VALUES ('c1','u1',${now})`;
    await db.$executeRaw`INSERT INTO "Assignment" ("id","cohortId","kind","title","items","note","dueDate","createdAt") VALUES ('a1','c1','plan','T','[]','note',${now},${now})`;
    await db.$executeRaw`INSERT INTO "AssignmentComment" ("id","assignmentId","candidateId","authorId","body","createdAt") VALUES ('k1','a1','u1','u1','hello',${now})`;
    await db.$disconnect();

    copy(all.slice(rebuild).map((m) => m.name));
    expect(await migrate(url, root)).toEqual(all.slice(rebuild).map((m) => m.name));
    db = createDb(url);
    expect(await db.assignment.count()).toBe(1);
    expect(await db.assignmentComment.count()).toBe(1);
    expect(await db.cohortMember.count()).toBe(1);
    await db.$disconnect();
    await t?.drop();
  });
});
