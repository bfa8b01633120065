import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueFor } from "@/lib/practice/review-service";
import { planOrderFor } from "@/lib/plans/order";
import { noteReadState, setNoteRead } from "@/lib/plans/note-reads";
import { createIngestedTestDatabase, dialect, type TestDatabase } from "../support/test-db";
import { makeUser } from "../support/factories";

describe(`plans and assignments feed new cards on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("an active plan puts its questions first, in plan order, each followed by its formula cards", async () => {
    const user = await makeUser(t.db);
    await t.db.planEnrollment.create({ data: { id: randomUUID(), userId: user.id, planSlug: "reasoning", status: "active" } });
    const order = await planOrderFor(t.db, user.id);
    expect(order[0]).toBe("q:fixture-open-reward");
    expect(order[1]).toBe("q:fixture-grpo-basics");
    expect(order[2]).toMatch(/^f:question:fixture-grpo-basics:/);
    const queue = await queueFor(t.db, user.id, new Date(), { planOrder: order });
    expect(queue.newIds[0]).toBe("q:fixture-open-reward");
  });

  it("a paused plan no longer orders new cards", async () => {
    const user = await makeUser(t.db);
    await t.db.planEnrollment.create({ data: { id: randomUUID(), userId: user.id, planSlug: "reasoning", status: "paused" } });
    expect(await planOrderFor(t.db, user.id)).toEqual([]);
  });

  it("a mentor's custom track feeds its members in track order, and stops when they leave", async () => {
    const mentor = await makeUser(t.db, { role: "mentor" });
    const member = await makeUser(t.db);
    const other = await makeUser(t.db);
    const cohortId = randomUUID();
    await t.db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "C" } });
    await t.db.cohortMember.create({ data: { cohortId, userId: member.id } });
    await t.db.assignment.create({
      data: {
        id: randomUUID(), cohortId, kind: "track", title: "Track", note: "", dueDate: new Date(Date.now() + 7 * 86_400_000),
        items: [{ kind: "question", id: "fixture-when-to-search" }, { kind: "note", id: "fixture-note" }] as never,
      },
    });
    const order = await planOrderFor(t.db, member.id);
    expect(order[0]).toBe("q:fixture-when-to-search");
    expect(order[1]).toMatch(/^f:note:fixture-note:/);
    expect(await planOrderFor(t.db, other.id)).toEqual([]);
    await t.db.cohortMember.delete({ where: { cohortId_userId: { cohortId, userId: member.id } } });
    expect(await planOrderFor(t.db, member.id)).toEqual([]);
  });

  it("a track's checks item brings that question's checks in, in their order", async () => {
    const mentor = await makeUser(t.db, { role: "mentor" });
    const member = await makeUser(t.db);
    const cohortId = randomUUID();
    await t.db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "C" } });
    await t.db.cohortMember.create({ data: { cohortId, userId: member.id } });
    await t.db.assignment.create({
      data: {
        id: randomUUID(), cohortId, kind: "track", title: "Checks", note: "", dueDate: new Date(Date.now() + 7 * 86_400_000),
        items: [{ kind: "checks", id: "fixture-grpo-basics" }, { kind: "question", id: "fixture-when-to-search" }] as never,
      },
    });
    const order = await planOrderFor(t.db, member.id);
    expect(order.slice(0, 4)).toEqual(["c:fixture-grpo-basics-c1", "c:fixture-grpo-basics-c2", "c:fixture-grpo-basics-c3", "q:fixture-when-to-search"]);
  });

  it("a note marked read stays marked once (the first time kept), can be unmarked, and an unknown note is refused", async () => {
    const user = await makeUser(t.db);
    const first = new Date("2030-01-01T08:00:00Z");
    expect(await setNoteRead(t.db, user.id, "fixture-note", true, first)).toEqual({ read: true, readAt: first.toISOString() });
    expect(await setNoteRead(t.db, user.id, "fixture-note", true, new Date("2030-01-02T08:00:00Z"))).toEqual({ read: true, readAt: first.toISOString() });
    expect(await setNoteRead(t.db, user.id, "fixture-note", false)).toEqual({ read: false, readAt: null });
    expect(await setNoteRead(t.db, user.id, "no-such-note", true)).toBeNull();
    expect(await noteReadState(t.db, user.id, "no-such-note")).toBeNull();
    expect(await t.db.noteRead.count({ where: { userId: user.id } })).toBe(0);
  });
});
