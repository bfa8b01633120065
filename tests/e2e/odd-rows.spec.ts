/**
 * No single odd row turns a page into a 500: a card state "from the future" (clocks of two
 * instances disagree, imported data) and JSON columns holding something unexpected are
 * clamped or replaced, logged, and the page goes on.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createUser, e2eDb, signInContext } from "./support/app";

test("pages stay up with a card reviewed in the future and malformed JSON in a user's rows", async ({ browser }) => {
  const user = await createUser("candidate", "Odd Rows");
  const mentor = await createUser("mentor", "Odd Mentor");
  const db = e2eDb();
  const future = new Date(Date.now() + 10 * 86_400_000);
  const snapshot = { due: new Date(Date.now() - 60_000).toISOString(), stability: 12, difficulty: 5, elapsedDays: 3, scheduledDays: 30, learningSteps: 0, reps: 4, lapses: 0, state: 2, lastReview: future.toISOString() };
  // Due now, but last reviewed ten days from now.
  await db.cardState.create({ data: { userId: user.id, cardId: "q:grpo-vs-ppo", due: new Date(snapshot.due), stability: 12, difficulty: 5, elapsedDays: 3, scheduledDays: 30, learningSteps: 0, reps: 4, lapses: 0, state: 2, lastReview: future, version: 4 } });
  await db.studySettings.create({ data: { userId: user.id, directions: { not: "a list" }, levels: 42, timeZone: "Asia/Shanghai" } });
  const cohortId = randomUUID();
  const assignmentId = randomUUID();
  await db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: "Odd", members: { create: [{ userId: user.id }] } } });
  await db.assignment.create({ data: { id: assignmentId, cohortId, kind: "track", title: "Odd track", items: { broken: true }, note: "", noteHtml: "", dueDate: new Date("2030-01-15T00:00:00Z") } });
  const mockId = randomUUID();
  await db.mockInterview.create({ data: { id: mockId, userId: user.id, config: "??", finishedAt: new Date(), items: { create: [{ id: randomUUID(), position: 0, questionId: "grpo-vs-ppo", timeLimitSec: 180, keyPointCount: 3, answer: "a", answeredAt: new Date(), timeUsedSec: 10, checkedPoints: "not numbers", gradedAt: new Date() }] } } });

  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();
  for (const path of ["/review", "/drill?id=grpo-vs-ppo", "/study", "/progress", `/assignments/${assignmentId}`, `/mock/${mockId}/report`, "/study/settings"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  // And the odd card can be graded.
  await page.goto("/review");
  await page.getByRole("button", { name: /显示答案/ }).click();
  const graded = page.waitForResponse((r) => r.url().endsWith("/api/review/grade"));
  await page.getByRole("button", { name: /^3 · 良好/ }).click();
  expect((await graded).status()).toBe(200);
  const mentorContext = await browser.newContext();
  await signInContext(mentorContext, mentor);
  const m = await mentorContext.newPage();
  for (const path of [`/mentor/cohorts/${cohortId}`, `/mentor/mentees/${user.id}`]) expect((await m.goto(path))?.status(), path).toBe(200);
  await context.close();
  await mentorContext.close();
});
