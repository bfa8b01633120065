/**
 * A project story is saved field by field as it is typed: a save builds on a version, a tab
 * behind is refused with what was saved since, a text over the Markdown limits is kept, and
 * nobody else's project can be written. Real database, both dialects.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { savePart, saveTake } from "@/lib/projects/parts";
import { gradeProbe, nextProbes } from "@/lib/projects/grill-service";
import { projectReader, takeReader } from "@/lib/projects/access";
import { probesById } from "@/lib/projects/probes";
import { projectRound } from "@/lib/mock/project-round";
import { addMissesToReview, missesInReview, retryMock } from "@/lib/mock/follow-up";
import { createIngestedTestDatabase, dialect, type TestDatabase } from "../support/test-db";
import { makeUser } from "../support/factories";

describe(`project stories on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  async function projectOf(userId: string) {
    const id = randomUUID();
    await t.db.project.create({ data: { id, userId, directions: ["reasoning"] } });
    return id;
  }

  it("saves a field in order, renders its Markdown once, and refuses a save built on an older version", async () => {
    const user = await makeUser(t.db);
    const projectId = await projectOf(user.id);
    const first = await savePart(t.db, user.id, { projectId, field: "approach", draft: "用 $\\hat A_i$ 做优势", baseVersion: 0 });
    expect(first).toMatchObject({ ok: true, version: 1, problem: null });
    expect(await savePart(t.db, user.id, { projectId, field: "approach", draft: "tab A 的版本", baseVersion: 1 })).toMatchObject({ ok: true, version: 2 });
    // A second tab still on version 1 is told what was saved since, and changes nothing.
    expect(await savePart(t.db, user.id, { projectId, field: "approach", draft: "tab B 的版本", baseVersion: 1 })).toMatchObject({ ok: false, status: 409, error: "stale", draft: "tab A 的版本", version: 2 });
    // So is a second tab's first save racing the first one.
    expect(await savePart(t.db, user.id, { projectId, field: "approach", draft: "another first", baseVersion: 0 })).toMatchObject({ ok: false, error: "stale", version: 2 });
    const part = await t.db.projectPart.findUniqueOrThrow({ where: { projectId_field: { projectId, field: "approach" } } });
    expect([part.text, part.version]).toEqual(["tab A 的版本", 2]);
    expect(part.html).toContain("<p>");
  });

  it("keeps a text over the Markdown limits, unrendered, and says why", async () => {
    const user = await makeUser(t.db);
    const projectId = await projectOf(user.id);
    const deep = Array.from({ length: 30 }, (_, i) => `${"> ".repeat(i)}层`).join("\n");
    expect(await savePart(t.db, user.id, { projectId, field: "results", draft: deep, baseVersion: 0 })).toMatchObject({ ok: true, problem: "markdownTooDeep" });
    const part = await t.db.projectPart.findUniqueOrThrow({ where: { projectId_field: { projectId, field: "results" } } });
    expect([part.text, part.html]).toEqual([deep, null]);
  });

  it("plain fields are never rendered", async () => {
    const user = await makeUser(t.db);
    const projectId = await projectOf(user.id);
    await savePart(t.db, user.id, { projectId, field: "title", draft: "**GRPO** <b>x</b>", baseVersion: 0 });
    expect((await t.db.projectPart.findUniqueOrThrow({ where: { projectId_field: { projectId, field: "title" } } })).html).toBeNull();
  });

  it("keeps each user's take on a direction apart, versioned like a story field; an unknown direction is refused", async () => {
    const [a, b] = [await makeUser(t.db), await makeUser(t.db)];
    expect(await saveTake(t.db, a.id, { direction: "reasoning", draft: "RLVR 已成标配，差距在开放域奖励。", baseVersion: 0 })).toMatchObject({ ok: true, version: 1 });
    expect(await saveTake(t.db, b.id, { direction: "reasoning", draft: "B 的看法", baseVersion: 0 })).toMatchObject({ ok: true, version: 1 });
    expect(await saveTake(t.db, a.id, { direction: "reasoning", draft: "旧标签页", baseVersion: 0 })).toMatchObject({ ok: false, error: "stale", draft: "RLVR 已成标配，差距在开放域奖励。" });
    expect(await saveTake(t.db, a.id, { direction: "no-such-direction", draft: "x", baseVersion: 0 })).toMatchObject({ ok: false, status: 404 });
    const rows = await t.db.directionTake.findMany({ where: { direction: "reasoning", userId: { in: [a.id, b.id] } }, orderBy: { text: "asc" } });
    expect(rows.map((r) => r.text).sort()).toEqual(["B 的看法", "RLVR 已成标配，差距在开放域奖励。"].sort());
  });

  it("someone else's project looks absent and is left as it was", async () => {
    const owner = await makeUser(t.db);
    const intruder = await makeUser(t.db);
    const projectId = await projectOf(owner.id);
    expect(await savePart(t.db, intruder.id, { projectId, field: "problem", draft: "mine now", baseVersion: 0 })).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.projectPart.count({ where: { projectId } })).toBe(0);
  });
});

describe(`grill sessions on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("asks first where the story has gaps, grades once however often sent, and schedules the probe for that project only", async () => {
    const user = await makeUser(t.db);
    const [a, b] = [randomUUID(), randomUUID()];
    // Story a has a why, numbers, a baseline and an ablation: only failure and next are missing.
    await t.db.project.create({ data: { id: a, userId: user.id, directions: ["reasoning"], parts: { create: [
      { field: "approach", text: "用 GRPO 而不是 PPO，因为省显存。", version: 1 },
      { field: "results", text: "相比基线 +5.2%，消融去掉格式奖励 -2%。", version: 1 },
    ] } } });
    await t.db.project.create({ data: { id: b, userId: user.id, directions: [] } });
    const order = (await nextProbes(t.db, user.id, a))!;
    expect(order.slice(0, 4)).toEqual(["general-fixture-4", "general-fixture-12", "general-fixture-7", "general-fixture-15"]); // failure, then next
    expect(order).toHaveLength(15);

    const input = { projectId: a, probeId: "general-fixture-4", clientReviewId: "grill-review-1", rating: 3 as const, answer: "我的回答", checked: [0, 2, 9], redFlagHit: false, durationMs: 90_000 };
    const now = new Date("2030-04-01T10:00:00Z");
    const first = await gradeProbe(t.db, user.id, input, now);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(await gradeProbe(t.db, user.id, input, now)).toMatchObject({ ok: true, duplicate: true });
    const logs = await t.db.projectProbeLog.findMany({ where: { projectId: a } });
    expect(logs.map((l) => [l.probeId, l.rating, l.checkedPoints])).toEqual([["general-fixture-4", 3, [0, 2]]]); // index 9 is past the rubric
    const state = await t.db.projectProbe.findUniqueOrThrow({ where: { projectId_probeId: { projectId: a, probeId: "general-fixture-4" } } });
    expect(state.reps).toBe(1);
    expect(state.due.getTime()).toBeGreaterThan(now.getTime());
    // Not asked again on this project until due; still new on the other one.
    expect((await nextProbes(t.db, user.id, a, now))!).not.toContain("general-fixture-4");
    expect((await nextProbes(t.db, user.id, b, now))!).toContain("general-fixture-4");
    expect((await nextProbes(t.db, user.id, a, new Date(state.due.getTime() + 1000)))![0]).toBe("general-fixture-4");
  });

  it("nobody grades or reads the probes of a project that is not theirs", async () => {
    const owner = await makeUser(t.db);
    const intruder = await makeUser(t.db);
    const id = randomUUID();
    await t.db.project.create({ data: { id, userId: owner.id, directions: [] } });
    expect(await nextProbes(t.db, intruder.id, id)).toBeNull();
    expect(await gradeProbe(t.db, intruder.id, { projectId: id, probeId: "general-fixture-1", clientReviewId: "grill-intruder-1", rating: 1, answer: "", checked: [], redFlagHit: false, durationMs: 0 })).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.projectProbeLog.count({ where: { projectId: id } })).toBe(0);
  });
});

describe(`a mentor's probes and a mock's project round on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  const point = (source: string) => ({ source, html: `<p>${source}</p>` });

  it("a mentor's probe is asked first, graded like any probe, and belongs to its project alone", async () => {
    const [owner, mentor] = [await makeUser(t.db), await makeUser(t.db, { role: "mentor", name: "Mentor Sun" })];
    const [a, b] = [randomUUID(), randomUUID()];
    await t.db.project.create({ data: { id: a, userId: owner.id, directions: ["reasoning"] } });
    await t.db.project.create({ data: { id: b, userId: owner.id, directions: ["reasoning"] } });
    const probeId = randomUUID();
    await t.db.mentorProbe.create({ data: { id: probeId, projectId: a, authorId: mentor.id, question: "为什么奖励只看最终答案？", rubric: [point("过程奖励的成本"), point("hacking 风险")], redFlags: [point("没想过")] } });
    expect((await nextProbes(t.db, owner.id, a))![0]).toBe(probeId);
    expect(await nextProbes(t.db, owner.id, b)).not.toContain(probeId);
    expect((await probesById(t.db, a, [probeId])).get(probeId)).toMatchObject({ titleZh: "为什么奖励只看最终答案？", titleEn: null, rubric: ["<p>过程奖励的成本</p>", "<p>hacking 风险</p>"], mentor: "Mentor Sun" });
    expect((await probesById(t.db, b, [probeId])).size).toBe(0);
    const grade = { probeId, clientReviewId: "mentor-probe-1", rating: 2 as const, answer: "答", checked: [1, 5], redFlagHit: false, durationMs: 1000 };
    expect(await gradeProbe(t.db, owner.id, { ...grade, projectId: a })).toMatchObject({ ok: true, duplicate: false });
    expect((await t.db.projectProbeLog.findFirstOrThrow({ where: { clientReviewId: "mentor-probe-1" } })).checkedPoints).toEqual([1]);
    // Asked about the other project, the same id is no probe at all.
    expect(await gradeProbe(t.db, owner.id, { ...grade, projectId: b, clientReviewId: "mentor-probe-2" })).toMatchObject({ ok: false, status: 404 });
  });

  it("a project round asks the grill's next probes; its misses go back to that project's grill once; a retry asks them again", async () => {
    const [owner, intruder] = [await makeUser(t.db), await makeUser(t.db)];
    const projectId = randomUUID();
    await t.db.project.create({ data: { id: projectId, userId: owner.id, directions: ["reasoning"] } });
    expect(await projectRound(t.db, intruder.id, projectId, 3)).toBeNull();
    const round = (await projectRound(t.db, owner.id, projectId, 4))!;
    expect(round.map((p) => p.id)).toEqual((await nextProbes(t.db, owner.id, projectId))!.slice(0, 4));
    expect(round.every((p) => p.rubric.length > 0)).toBe(true);

    const mockId = randomUUID();
    const graded = new Date("2030-05-01T10:00:00Z");
    const answers = [{ checked: round[0]!.rubric.map((_, i) => i), flag: false }, { checked: [0], flag: false }, { checked: [], flag: true }, { checked: [0], flag: false }];
    await t.db.mockInterview.create({ data: { id: mockId, userId: owner.id, config: {}, projectId, finishedAt: graded, items: { create: round.map((p, i) => ({
      id: randomUUID(), position: i, probeId: p.id, timeLimitSec: 180, keyPointCount: p.rubric.length, answer: `回答 ${i}`, answeredAt: graded, gradedAt: graded,
      checkedPoints: answers[i]!.checked, pitfallHit: answers[i]!.flag,
    })) } } });
    // Full marks on the first probe: only the other three are misses.
    expect(await addMissesToReview(t.db, owner.id, mockId, graded)).toEqual({ added: 3, already: 0 });
    expect(await addMissesToReview(t.db, owner.id, mockId, graded)).toEqual({ added: 0, already: 3 });
    const logs = await t.db.projectProbeLog.findMany({ where: { projectId }, orderBy: { answer: "asc" } });
    expect(logs.map((l) => [l.probeId, l.rating, l.answer])).toEqual(round.slice(1).map((p, i) => [p.id, 1, `回答 ${i + 1}`]));
    const items = await t.db.mockItem.findMany({ where: { mockId }, orderBy: { position: "asc" } });
    expect([...(await missesInReview(t.db, owner.id, items.map((i) => i.id)))].sort()).toEqual(items.slice(1).map((i) => i.id).sort());
    // Graded Again, they are due at once: the next grill starts with them.
    expect((await nextProbes(t.db, owner.id, projectId, new Date(graded.getTime() + 3_600_000)))!.slice(0, 3).sort()).toEqual(round.slice(1).map((p) => p.id).sort());

    const retry = (await retryMock(t.db, owner.id, mockId))!;
    const again = await t.db.mockInterview.findUniqueOrThrow({ where: { id: retry }, include: { items: { orderBy: { position: "asc" } } } });
    expect(again.projectId).toBe(projectId);
    expect(again.items.map((i) => [i.probeId, i.questionId, i.answer])).toEqual(round.map((p) => [p.id, null, null]));
    // The project deleted, the mock keeps its answers and loses only the link.
    await t.db.project.delete({ where: { id: projectId } });
    const kept = await t.db.mockInterview.findUniqueOrThrow({ where: { id: mockId }, include: { items: true } });
    expect([kept.projectId, kept.items.length]).toEqual([null, 4]);
  });
});

describe(`who sees a project on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("its owner, and a mentor it is shared with only while they mentor the owner; nobody else", async () => {
    const [owner, mentor, otherMentor, stranger] = [await makeUser(t.db), await makeUser(t.db, { role: "mentor" }), await makeUser(t.db, { role: "mentor" }), await makeUser(t.db)];
    const projectId = randomUUID();
    await t.db.project.create({ data: { id: projectId, userId: owner.id, directions: [] } });
    const cohortId = randomUUID();
    await t.db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "C", members: { create: [{ userId: owner.id }] } } });
    expect(await projectReader(t.db, owner.id, projectId)).toMatchObject({ as: "owner" });
    expect(await projectReader(t.db, mentor.id, projectId)).toBeNull(); // their mentor, but not shared
    await t.db.projectShare.create({ data: { projectId, mentorId: mentor.id } });
    await t.db.projectShare.create({ data: { projectId, mentorId: otherMentor.id } }); // shared with someone who does not mentor them
    expect(await projectReader(t.db, mentor.id, projectId)).toMatchObject({ as: "mentor", ownerId: owner.id });
    expect(await projectReader(t.db, otherMentor.id, projectId)).toBeNull();
    expect(await projectReader(t.db, stranger.id, projectId)).toBeNull();
    // Leaving the cohort ends the mentor's access, share or not.
    await t.db.cohortMember.delete({ where: { cohortId_userId: { cohortId, userId: owner.id } } });
    expect(await projectReader(t.db, mentor.id, projectId)).toBeNull();
  });
});

describe(`who sees a direction take on ${dialect}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createIngestedTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("its writer, and a mentor it is shared with while they mentor the writer; unsharing ends it at once", async () => {
    const [owner, mentor, stranger] = [await makeUser(t.db), await makeUser(t.db, { role: "mentor" }), await makeUser(t.db, { role: "mentor" })];
    expect(await takeReader(t.db, owner.id, owner.id, "reasoning")).toBeNull(); // nothing written yet
    await saveTake(t.db, owner.id, { direction: "reasoning", draft: "RLVR 之后的瓶颈在开放域。", baseVersion: 0 });
    await t.db.cohort.create({ data: { id: randomUUID(), mentorId: mentor.id, name: "C", members: { create: [{ userId: owner.id }] } } });
    expect(await takeReader(t.db, owner.id, owner.id, "reasoning")).toBe("owner");
    expect(await takeReader(t.db, mentor.id, owner.id, "reasoning")).toBeNull();
    await t.db.takeShare.create({ data: { userId: owner.id, direction: "reasoning", mentorId: mentor.id } });
    await t.db.takeShare.create({ data: { userId: owner.id, direction: "reasoning", mentorId: stranger.id } });
    expect(await takeReader(t.db, mentor.id, owner.id, "reasoning")).toBe("mentor");
    expect(await takeReader(t.db, mentor.id, owner.id, "memory")).toBeNull(); // another direction, not shared
    expect(await takeReader(t.db, stranger.id, owner.id, "reasoning")).toBeNull(); // not their mentor
    await t.db.takeShare.deleteMany({ where: { userId: owner.id, direction: "reasoning", mentorId: mentor.id } });
    expect(await takeReader(t.db, mentor.id, owner.id, "reasoning")).toBeNull();
  });
});
