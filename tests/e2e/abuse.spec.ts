import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { apiAs, baseUrl, createUser, e2eDb, signInContext } from "./support/app";
import { XSS_PAYLOADS, expectInert } from "./support/xss";
import { hashInviteToken } from "../../lib/mentor/invite";

test("30+ XSS payloads in every user-writable text field render inert", async ({ browser }) => {
  test.setTimeout(180_000);
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  const db = e2eDb();
  const mentor = await createUser("mentor", XSS_PAYLOADS[1]);
  const candidate = await createUser("candidate", XSS_PAYLOADS[0]);
  const admin = await createUser("admin");
  // Names of mentees (every payload), cohort names, assignment titles and notes, comments, mock answers.
  const mentees = await Promise.all(XSS_PAYLOADS.map((p) => createUser("candidate", p.slice(0, 80))));
  const cohortId = randomUUID();
  await db.cohort.create({ data: { id: cohortId, mentorId: mentor.id, name: XSS_PAYLOADS[2] } });
  await db.cohortMember.createMany({ data: [candidate, ...mentees].map((u) => ({ cohortId, userId: u.id })) });
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    await db.cohort.create({ data: { id: randomUUID(), mentorId: mentor.id, name: p.slice(0, 80), members: { create: [{ userId: candidate.id }] } } });
    await db.assignment.create({ data: { id: `xss-${i}-${randomUUID()}`, cohortId, kind: "track", title: p.slice(0, 120), items: [{ kind: "question", id: "grpo-vs-ppo" }], note: p, dueDate: new Date(Date.now() + 86_400_000) } });
  }
  const assignmentId = randomUUID();
  await db.assignment.create({ data: { id: assignmentId, cohortId, kind: "track", title: "thread", items: [], note: XSS_PAYLOADS.join("\n\n"), dueDate: new Date(Date.now() + 86_400_000) } });
  await db.assignmentComment.createMany({ data: XSS_PAYLOADS.map((p, i) => ({ id: randomUUID(), assignmentId, candidateId: candidate.id, authorId: i % 2 ? mentor.id : candidate.id, body: p })) });
  const question = await db.question.findFirstOrThrow({ where: { retiredAt: null } });
  const mockId = randomUUID();
  await db.mockInterview.create({ data: { id: mockId, userId: candidate.id, config: {}, items: { create: [{ id: randomUUID(), position: 0, questionId: question.id, timeLimitSec: 180, keyPointCount: 3, answer: XSS_PAYLOADS.join("\n"), answeredAt: new Date(), timeUsedSec: 10 }] } } });
  const token = `xss-${randomUUID()}`;
  await db.cohortInvite.create({ data: { id: randomUUID(), cohortId, tokenHash: hashInviteToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });

  const visit = async (user: typeof candidate, paths: string[]) => {
    const context = await browser.newContext();
    await signInContext(context, user);
    const page = await context.newPage();
    page.on("dialog", (d) => {
      throw new Error(`dialog opened: ${d.message()}`);
    });
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectInert(page, path);
    }
    // The payloads are shown, as text.
    await page.goto(`/assignments/${assignmentId}`);
    await expect(page.getByTestId("comment").filter({ hasText: "onerror" }).first()).toBeVisible();
    await context.close();
  };
  await visit(candidate, ["/study", `/assignments/${assignmentId}`, `/mock/${mockId}`, "/settings", `/join/${token}`]);
  const mentorContext = await browser.newContext();
  await signInContext(mentorContext, mentor);
  const mentorPage = await mentorContext.newPage();
  for (const path of ["/mentor", `/mentor/cohorts/${cohortId}`, `/mentor/mentees/${candidate.id}`]) {
    await mentorPage.goto(path);
    await mentorPage.waitForLoadState("networkidle");
    await expectInert(mentorPage, path);
  }
  await mentorContext.close();
  const adminContext = await browser.newContext();
  await signInContext(adminContext, admin);
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/admin/users");
  await expectInert(adminPage, "/admin/users");
  await expect(adminPage.getByRole("cell", { name: XSS_PAYLOADS[1] }).first()).toBeVisible();
  await adminContext.close();
});

test("a payload typed into the sign-up form comes back as text", async ({ page }) => {
  page.on("dialog", (d) => {
    throw new Error(`dialog opened: ${d.message()}`);
  });
  await page.goto("/signup");
  await page.getByLabel("名字").fill(`<img src=x onerror=alert(1)>`);
  await page.getByLabel("邮箱").fill(`xss-${Date.now()}@example.test`);
  await page.getByLabel("密码").fill("a-long-password-1");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x onerror=alert(1)>");
  await expectInert(page, "/welcome");
});

test("cross-origin state-changing requests are refused", async () => {
  const user = await createUser();
  const cookie = `${user.cookie.name}=${user.cookie.value}`;
  const evil = { origin: "https://evil.example", cookie, "content-type": "application/json" };
  const grade = await fetch(`${baseUrl()}/api/review/grade`, { method: "POST", headers: evil, body: JSON.stringify({ cardId: "q:grpo-vs-ppo", rating: 3, clientReviewId: "abcdefgh1", expectedVersion: 0, durationMs: 1 }) });
  expect(grade.status).toBe(403);
  const signIn = await fetch(`${baseUrl()}/api/auth/sign-in/email`, { method: "POST", headers: evil, body: JSON.stringify({ email: user.email, password: user.password }) });
  expect(signIn.status).toBe(403);
  expect(await e2eDb().reviewLog.count({ where: { userId: user.id } })).toBe(0);
});

test("oversized and malformed bodies get a 4xx that says what is wrong, and change nothing", async () => {
  const user = await createUser();
  const api = await apiAs(user);
  const logs = () => e2eDb().reviewLog.count({ where: { userId: user.id } });
  const huge = await api.post("/api/review/grade", { headers: { "content-type": "application/json" }, data: Buffer.from("x".repeat(40_000)) });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).message).toMatch(/larger than/);
  const broken = await api.post("/api/review/grade", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
  expect(broken.status()).toBe(400);
  expect((await broken.json()).error).toBe("invalid_json");
  const wrong = await api.post("/api/review/grade", { data: { cardId: "q:grpo-vs-ppo", rating: 7, clientReviewId: "abcdefgh2", expectedVersion: 0, durationMs: 5 } });
  expect(wrong.status()).toBe(422);
  expect((await wrong.json()).message).toMatch(/^Invalid rating/);
  const extra = await api.post("/api/review/grade", { data: { cardId: "q:grpo-vs-ppo", rating: 3, clientReviewId: "abcdefgh3", expectedVersion: 0, durationMs: 5, userId: "someone-else" } });
  expect(extra.status()).toBe(422);
  const authHuge = await api.post("/api/auth/sign-in/email", { headers: { "content-type": "application/json" }, data: Buffer.from(JSON.stringify({ email: "a@b.c", password: "p".repeat(20_000) })) });
  expect(authHuge.status()).toBe(413);
  const authBroken = await api.post("/api/auth/sign-up/email", { headers: { "content-type": "application/json" }, data: Buffer.from("[1,2") });
  expect(authBroken.status()).toBe(400);
  expect(await logs()).toBe(0);
  await api.dispose();
});

test("a server action posted from another origin is refused with 403, an unknown one with a 4xx; nothing changes", async () => {
  const { actionIds } = await import("./support/discover");
  const user = await createUser("candidate", "Action Probe");
  const cookie = `${user.cookie.name}=${user.cookie.value}`;
  const { id } = actionIds().get("lib/mentor/actions.ts#createCohort")!;
  const post = (origin: string | null, actionId: string, contentType = "text/plain;charset=UTF-8") =>
    fetch(`${baseUrl()}/mentor`, {
      method: "POST",
      redirect: "manual",
      headers: { "next-action": actionId, accept: "text/x-component", "content-type": contentType, cookie, ...(origin ? { origin } : {}) },
      body: JSON.stringify([{ ok: true }, "$K1"]),
    });
  for (const origin of ["https://evil.example", "null", "http://127.0.0.1.evil.example", null]) {
    for (const type of ["text/plain;charset=UTF-8", "multipart/form-data; boundary=x"]) {
      expect((await post(origin, id, type)).status, `${origin} ${type}`).toBe(403);
    }
  }
  // A no-JavaScript form post from another site (no next-action header, action id in the body).
  const form = await fetch(`${baseUrl()}/mentor`, { method: "POST", redirect: "manual", headers: { origin: "https://evil.example", cookie, "content-type": "application/x-www-form-urlencoded" }, body: `$ACTION_ID_${id}=&name=evil` });
  expect(form.status).toBe(403);
  for (const unknown of ["00" + "ab".repeat(20), "x", "7f" + "0".repeat(40)]) {
    const status = (await post(baseUrl(), unknown)).status;
    expect(status, unknown).toBeGreaterThanOrEqual(400);
    expect(status, unknown).toBeLessThan(500);
  }
  expect(await e2eDb().cohort.count({ where: { mentorId: user.id } })).toBe(0);
});

test("a chunked body is cut off at the limit, not read to the end first", async () => {
  const user = await createUser("candidate", "Stream Probe");
  for (const path of ["/api/review/grade", "/api/auth/sign-in/email"]) {
    // 100 MB offered in 64 KB chunks, with no Content-Length: count what the server pulls.
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ >= 1600) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${baseUrl()}${path}`, {
      method: "POST",
      headers: { origin: baseUrl(), "content-type": "application/json", cookie: `${user.cookie.name}=${user.cookie.value}` },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status, path).toBe(413);
    // Reading it all first would have pulled all 1,600 chunks before answering.
    expect(pulled, path).toBeLessThan(200);
  }
});
