/**
 * Applying a migration never loses what users wrote. On SQLite, Prisma changes a table by
 * rebuilding it; inside our one-transaction runner that once cascaded the DROP and emptied
 * every child table. A dropped column first hands its values to where they now live.
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
  const now = new Date();
  const no = dialect === "sqlite" ? 0 : false;

  /**
   * A database migrated to just before the migration named `suffix`; `finish` applies the rest
   * (checking that exactly those ran) and opens the result.
   */
  async function migratedUpTo(suffix: string) {
    const source = path.join(ROOT, "prisma", dialect, "migrations");
    const all = readMigrations(source);
    const at = all.findIndex((m) => m.name.endsWith(suffix));
    expect(at).toBeGreaterThan(0);
    const root = mkdtempSync(path.join(scratch, "root-"));
    const target = path.join(root, "prisma", dialect, "migrations");
    mkdirSync(target, { recursive: true });
    const copy = (names: string[]) => names.forEach((name) => cpSync(path.join(source, name), path.join(target, name), { recursive: true }));
    copy(all.slice(0, at).map((m) => m.name));

    // An empty database (on PostgreSQL, a fresh one).
    const t = dialect === "sqlite" ? null : await createTestDatabase();
    const url = t ? t.url : `file:${path.join(root, "keep.db")}`;
    if (t) {
      await t.db.$executeRawUnsafe(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
      await t.db.$disconnect();
    }
    await migrate(url, root);
    const before: Db = createDb(url);
    const finish = async () => {
      await before.$disconnect();
      const rest = all.slice(at).map((m) => m.name);
      copy(rest);
      expect(await migrate(url, root)).toEqual(rest);
      return createDb(url);
    };
    return { db: before, finish, drop: async () => t?.drop() };
  }

  async function insertUser(db: Db, id: string, role = "candidate") {
    await db.$executeRaw`INSERT INTO "user" ("id","name","email","emailVerified","role","createdAt","updatedAt") VALUES (${id},'Someone',${`${id}@example.test`},${no},${role},${now},${now})`;
  }

  it("a table rebuild keeps the rows of the tables that point to it", async () => {
    const m = await migratedUpTo("_user_markdown_html");
    await insertUser(m.db, "u1", "mentor");
    await m.db.$executeRaw`INSERT INTO "Cohort" ("id","mentorId","name","createdAt") VALUES ('c1','u1','C',${now})`;
    await m.db.$executeRaw`INSERT INTO "CohortMember" ("cohortId","userId","joinedAt") VALUES ('c1','u1',${now})`;
    await m.db.$executeRaw`INSERT INTO "Assignment" ("id","cohortId","kind","title","items","note","dueDate","createdAt") VALUES ('a1','c1','plan','T','[]','note',${now},${now})`;
    await m.db.$executeRaw`INSERT INTO "AssignmentComment" ("id","assignmentId","candidateId","authorId","body","createdAt") VALUES ('k1','a1','u1','u1','hello',${now})`;

    const db = await m.finish();
    expect(await db.assignment.count()).toBe(1);
    expect(await db.assignmentComment.count()).toBe(1);
    expect(await db.cohortMember.count()).toBe(1);
    await db.$disconnect();
    await m.drop();
  });

  it("a plan's target date becomes the interview date where none was set, and an existing one stays", async () => {
    const m = await migratedUpTo("_plan_runs_to_interview_date");
    const target = new Date("2031-03-04T00:00:00Z");
    const interview = new Date("2031-01-02T00:00:00Z");
    for (const [user, own] of [["u1", null], ["u2", interview]] as const) {
      await insertUser(m.db, user);
      await m.db.$executeRaw`INSERT INTO "StudySettings" ("userId","directions","levels","interviewDate","updatedAt") VALUES (${user},'[]','[]',${own},${now})`;
      await m.db.$executeRaw`INSERT INTO "PlanEnrollment" ("id","userId","planSlug","status","targetDate","startedAt","updatedAt") VALUES (${`e-${user}`},${user},'reasoning','active',${target},${now},${now})`;
    }

    const db = await m.finish();
    const dates = await db.studySettings.findMany({ orderBy: { userId: "asc" }, select: { interviewDate: true } });
    expect(dates.map((s) => s.interviewDate?.toISOString())).toEqual([target.toISOString(), interview.toISOString()]);
    expect(await db.planEnrollment.count()).toBe(2);
    await db.$disconnect();
    await m.drop();
  });
});
