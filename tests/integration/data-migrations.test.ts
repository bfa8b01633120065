import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyDataMigrations, type DataMigration } from "@/lib/db/data-migrations";
import { calendarDates } from "@/lib/db/data-migrations/calendar-dates";
import { userMarkdownHtml } from "@/lib/db/data-migrations/user-markdown-html";
import { reviewDays } from "@/lib/db/data-migrations/review-days";
import { displayNames } from "@/lib/db/data-migrations/display-names";
import { startOfLocalDate } from "@/lib/time/study-day";
import { createTestDatabase, dialect, type TestDatabase } from "../support/test-db";
import { makeUser } from "../support/factories";

describe(`data migrations on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("turn dates stored as 04:00 in the writer's zone into the date that was picked", async () => {
    const db = t.db;
    const [shanghaiMentor, laMentor, laCandidate] = await Promise.all([makeUser(db, { role: "mentor" }), makeUser(db, { role: "mentor" }), makeUser(db)]);
    await db.studySettings.create({ data: { userId: laMentor.id, directions: [], levels: [], timeZone: "America/Los_Angeles" } });
    // What the old code wrote: 04:00 local on the picked day, in the writer's settings zone.
    await db.studySettings.create({ data: { userId: laCandidate.id, directions: [], levels: [], timeZone: "America/Los_Angeles", interviewDate: startOfLocalDate("2030-03-10", "America/Los_Angeles") } });
    const assignment = async (mentorId: string, due: Date) => {
      const cohortId = randomUUID();
      await db.cohort.create({ data: { id: cohortId, mentorId, name: "c" } });
      const id = randomUUID();
      await db.assignment.create({ data: { id, cohortId, kind: "plan", planSlug: "reasoning", title: "t", items: [], note: "", dueDate: due } });
      return id;
    };
    const inShanghai = await assignment(shanghaiMentor.id, startOfLocalDate("2030-01-15", "Asia/Shanghai")); // 2030-01-14T20:00Z
    const inLa = await assignment(laMentor.id, startOfLocalDate("2030-01-15", "America/Los_Angeles")); // 2030-01-15T12:00Z
    const alreadyDone = await assignment(laMentor.id, new Date("2030-02-01T00:00:00Z"));

    const applied = await applyDataMigrations(db, [calendarDates]);
    expect(applied).toEqual([{ id: calendarDates.id, changed: 3 }]);
    const due = async (id: string) => (await db.assignment.findUniqueOrThrow({ where: { id } })).dueDate.toISOString();
    expect(await due(inShanghai)).toBe("2030-01-15T00:00:00.000Z");
    expect(await due(inLa)).toBe("2030-01-15T00:00:00.000Z");
    expect(await due(alreadyDone)).toBe("2030-02-01T00:00:00.000Z");
    expect((await db.studySettings.findUniqueOrThrow({ where: { userId: laCandidate.id } })).interviewDate?.toISOString()).toBe("2030-03-10T00:00:00.000Z");

    // Recorded once: a second start skips it even though the rows would still match.
    expect(await applyDataMigrations(db, [calendarDates])).toEqual([]);
    expect(await db.dataMigration.findUniqueOrThrow({ where: { id: calendarDates.id } })).toMatchObject({ changed: 3 });
  });

  it("render stored comments and notes once; text over the limits becomes plain text", async () => {
    const db = t.db;
    const mentor = await makeUser(db, { role: "mentor" });
    const cohortId = randomUUID();
    await db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "c" } });
    const assignmentId = randomUUID();
    await db.assignment.create({ data: { id: assignmentId, cohortId, kind: "plan", planSlug: "reasoning", title: "t", items: [], note: "read **this**", dueDate: new Date("2030-01-15T00:00:00Z") } });
    const ok = randomUUID();
    const bomb = randomUUID();
    await db.assignmentComment.createMany({
      data: [
        { id: ok, assignmentId, candidateId: mentor.id, authorId: mentor.id, body: "$x^2$ and <b>tags</b>" },
        { id: bomb, assignmentId, candidateId: mentor.id, authorId: mentor.id, body: ">".repeat(3000) },
      ],
    });
    const unrendered = (await db.assignment.count({ where: { noteHtml: null } })) + (await db.assignmentComment.count({ where: { bodyHtml: null } }));
    expect(await applyDataMigrations(db, [userMarkdownHtml])).toEqual([{ id: userMarkdownHtml.id, changed: unrendered }]);
    const html = async (id: string) => (await db.assignmentComment.findUniqueOrThrow({ where: { id } })).bodyHtml!;
    expect(await html(ok)).toContain('class="katex"');
    expect(await html(ok)).toContain("&#x3C;b>tags");
    expect(await html(bomb)).toBe(`<p>${"&gt;".repeat(3000)}</p>`);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).noteHtml).toBe("<p>read <strong>this</strong></p>");
  });

  it("compute per-day review totals from the log, in each user's zone", async () => {
    const db = t.db;
    const user = await makeUser(db);
    await db.studySettings.create({ data: { userId: user.id, directions: [], levels: [], timeZone: "America/Los_Angeles" } });
    const card = await db.card.findFirst();
    const log = (at: string, rating: number, scheduledDays: number | null) => ({
      id: randomUUID(), userId: user.id, cardId: card?.id ?? "q:none", clientReviewId: randomUUID(), stateVersion: Math.floor(Math.random() * 1e9), rating, reviewedAt: new Date(at), durationMs: 1000, source: "review",
      stateBefore: scheduledDays === null ? "null" : { scheduledDays }, stateAfter: {}, params: {},
    });
    // 2030-01-15 03:00 in Los Angeles is still the study day of the 14th.
    await db.reviewLog.createMany({ data: [log("2030-01-15T11:00:00Z", 3, 30), log("2030-01-15T20:00:00Z", 1, 30), log("2030-01-16T20:00:00Z", 3, null)] as never });
    await applyDataMigrations(db, [reviewDays]);
    expect(await db.reviewDay.findMany({ where: { userId: user.id }, orderBy: { day: "asc" }, select: { day: true, reviews: true, matureReviews: true, maturePassed: true } })).toEqual([
      { day: "2030-01-14", reviews: 1, matureReviews: 1, maturePassed: 1 },
      { day: "2030-01-15", reviews: 1, matureReviews: 1, maturePassed: 0 },
      { day: "2030-01-16", reviews: 1, matureReviews: 0, maturePassed: 0 },
    ]);
  });

  it("clean names stored before the one name rule, keeping what is visible", async () => {
    const db = t.db;
    // PostgreSQL refuses NUL in text outright; SQLite stored it.
    const nul = dialect === "sqlite" ? "a\u0000b" : "a\u0007b";
    const names = ["  Mei  Lin ", "x".repeat(15_000), nul, "evil\u202Egnp", "\u200B\u200B", "\uD800Kim"];
    const users = await Promise.all(names.map((name) => makeUser(db, { name })));
    await applyDataMigrations(db, [displayNames]);
    const stored = await Promise.all(users.map(async (u) => (await db.user.findUniqueOrThrow({ where: { id: u.id } })).name));
    expect(stored.slice(0, 5)).toEqual(["Mei Lin", "x".repeat(80), "a b", "evil gnp", `User ${users[4]!.id.slice(0, 6)}`]);
    // A lone surrogate reaches the database as replacement characters (how depends on the driver).
    expect(stored[5]).toMatch(/^\uFFFD+Kim$/);
  });

  it("leave nothing behind when a migration fails half-way", async () => {
    const user = await makeUser(t.db);
    const failing: DataMigration = {
      id: "test-failing",
      async run(tx) {
        await tx.user.update({ where: { id: user.id }, data: { name: "changed" } });
        throw new Error("boom");
      },
    };
    await expect(applyDataMigrations(t.db, [failing])).rejects.toThrow("boom");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
    expect(await t.db.dataMigration.findUnique({ where: { id: "test-failing" } })).toBeNull();
  });
});
