/**
 * A date someone picked is the date everyone sees, and times are shown in the viewer's own
 * time zone (their study settings) — not in UTC, and not in the browser's zone.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createUser, e2eDb, signInContext, type TestUser } from "./support/app";

const SHANGHAI = "Asia/Shanghai";
const LOS_ANGELES = "America/Los_Angeles";

async function livesIn(user: TestUser, timeZone: string) {
  await e2eDb().studySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, directions: [], levels: [], timeZone }, update: { timeZone } });
}

test("a due date picked by a mentor in Los Angeles is the same day for a mentee in Shanghai", async ({ browser }) => {
  const mentor = await createUser("mentor", "Mentor LA");
  const candidate = await createUser("candidate", "Candidate SH");
  await livesIn(mentor, LOS_ANGELES);
  await livesIn(candidate, SHANGHAI);
  const db = e2eDb();
  const cohortId = randomUUID();
  await db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "Dates", members: { create: [{ userId: candidate.id }] } } });

  // Each browser sits in the other zone, so the page cannot be borrowing the browser's clock.
  const m = await (async () => {
    const context = await browser.newContext({ timezoneId: SHANGHAI });
    await signInContext(context, mentor);
    return context.newPage();
  })();
  const c = await (async () => {
    const context = await browser.newContext({ timezoneId: LOS_ANGELES });
    await signInContext(context, candidate);
    return context.newPage();
  })();

  await m.goto(`/mentor/cohorts/${cohortId}`);
  await m.getByLabel("截止日期").fill("2030-01-15");
  await m.getByRole("button", { name: "布置", exact: true }).click();
  await expect(m.getByText("任务已布置。")).toBeVisible();
  await m.reload();
  await expect(m.getByRole("listitem").filter({ hasText: "2030年1月15日周二" })).toBeVisible();
  await m.goto(`/mentor/mentees/${candidate.id}`);
  await expect(m.getByText("截止 2030年1月15日周二")).toBeVisible();

  await c.goto("/study");
  await expect(c.getByText("截止 2030年1月15日周二")).toBeVisible();
  await c.getByRole("link", { name: /推理|Reasoning/ }).last().click();
  await expect(c.getByText(/截止 2030年1月15日周二/)).toBeVisible();
  await c.goto("/en/study");
  await expect(c.getByText("due Tue, Jan 15, 2030")).toBeVisible();
  await m.context().close();
  await c.context().close();
});

test("interview and plan target dates read back as typed, in both zones", async ({ browser }) => {
  for (const timeZone of [SHANGHAI, LOS_ANGELES]) {
    const user = await createUser("candidate", `Dates ${timeZone}`);
    await livesIn(user, timeZone);
    const context = await browser.newContext({ timezoneId: timeZone === SHANGHAI ? LOS_ANGELES : SHANGHAI });
    await signInContext(context, user);
    const page = await context.newPage();

    await page.goto("/study/settings");
    await page.getByLabel("面试日期（可选）").fill("2030-01-15");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("已保存")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("面试日期（可选）")).toHaveValue("2030-01-15");

    // The plan runs to the interview date: one date, shown and changed in either place.
    await page.goto("/plans/reasoning");
    await expect(page.getByLabel("面试日期（可选）")).toHaveValue("2030-01-15");
    await page.getByLabel("面试日期（可选）").fill("2029-12-01");
    await page.getByRole("button", { name: "开始这个计划" }).click();
    // The date input spells the picked date before anything is saved; "退出计划" only shows
    // once the enrollment is stored.
    await expect(page.getByText("退出计划", { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/2029年12月1日周六/).first()).toBeVisible();
    await page.goto("/study/settings");
    await expect(page.getByLabel("面试日期（可选）")).toHaveValue("2029-12-01");
    await context.close();
  }
});

test("an impossible date is refused with a message and changes nothing", async ({ browser }) => {
  const user = await createUser("candidate", "Bad Dates");
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto("/study/settings");
  // A date input cannot hold 2026-02-31; the form's own request can.
  await page.getByLabel("面试日期（可选）").evaluate((input: HTMLInputElement) => {
    input.type = "text";
    input.value = "2026-02-31";
  });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("这个日期不存在")).toBeVisible();
  expect(await e2eDb().studySettings.findUnique({ where: { userId: user.id } })).toBeNull();
  await context.close();
});

test("comment times are shown in the viewer's zone", async ({ browser }) => {
  const mentor = await createUser("mentor", "Mentor Clock");
  const candidate = await createUser("candidate", "Candidate Clock");
  await livesIn(mentor, LOS_ANGELES);
  await livesIn(candidate, SHANGHAI);
  const db = e2eDb();
  const cohortId = randomUUID();
  const assignmentId = randomUUID();
  await db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "Clock", members: { create: [{ userId: candidate.id }] } } });
  await db.assignment.create({ data: { id: assignmentId, cohortId, kind: "plan", planSlug: "reasoning", title: "Clock", items: [], note: "", dueDate: new Date("2030-01-15T00:00:00Z") } });
  await db.assignmentComment.create({ data: { id: randomUUID(), assignmentId, candidateId: candidate.id, authorId: mentor.id, body: "at 20:05 UTC", createdAt: new Date("2030-01-15T20:05:00Z") } });

  for (const [user, path, shown] of [
    [candidate, `/assignments/${assignmentId}`, "2030年1月16日 04:05"],
    [mentor, `/mentor/mentees/${candidate.id}`, "2030年1月15日 12:05"],
  ] as const) {
    const context = await browser.newContext({ timezoneId: "UTC" });
    await signInContext(context, user);
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByTestId("comment").filter({ hasText: "at 20:05 UTC" })).toContainText(shown);
    await context.close();
  }
});
