/**
 * The authorization matrix: every protected page, route handler and server action, called as
 * anonymous, candidate A, candidate B, a mentor with no relation, a recruiter and an admin.
 * Entry points are discovered from the source and the build; one missing from the tables
 * below fails the test, so a new route cannot ship without deciding who may use it.
 */
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { baseUrl, createUser, e2eDb, type TestUser } from "./support/app";
import { actionIds, protectedPages, routeHandlers, serverActions } from "./support/discover";
import { hashInviteToken } from "../../lib/mentor/invite";

const require = createRequire(import.meta.url);
// React's own encoder for server-action arguments (what the browser sends).
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node.js") as { encodeReply: (v: unknown) => Promise<string | FormData> };

const ROLES = ["anonymous", "candidateA", "candidateB", "mentor", "recruiter", "admin"] as const;
type RoleName = (typeof ROLES)[number];
// ok = allowed · login = sent to sign in · 403 = refused · 404 = not found (others' records look absent)
type Cell = "ok" | "login" | "403" | "404";
const row = (...cells: Cell[]) => Object.fromEntries(ROLES.map((r, i) => [r, cells[i]!])) as Record<RoleName, Cell>;

const SIGNED_IN = row("login", "ok", "ok", "ok", "ok", "ok");
const OWNER_ONLY = row("login", "ok", "404", "404", "404", "404");
const RECRUITERS = row("login", "403", "403", "ok", "ok", "ok");

const PAGES: Record<string, Record<RoleName, Cell>> = {
  "/study": SIGNED_IN,
  "/study/settings": SIGNED_IN,
  "/welcome": SIGNED_IN,
  "/review": SIGNED_IN,
  "/drill": SIGNED_IN,
  "/progress": SIGNED_IN,
  "/mock": SIGNED_IN,
  "/mock/[id]": OWNER_ONLY,
  "/mock/[id]/report": OWNER_ONLY,
  "/assignments/[id]": OWNER_ONLY,
  "/projects": SIGNED_IN,
  "/projects/[id]": OWNER_ONLY,
  "/projects/[id]/grill": OWNER_ONLY,
  "/projects/[id]/print": OWNER_ONLY,
  "/projects/takes/[direction]": SIGNED_IN,
  "/settings": SIGNED_IN,
  "/login": row("ok", "ok", "ok", "ok", "ok", "ok"),
  "/signup": row("ok", "ok", "ok", "ok", "ok", "ok"),
  "/admin": row("login", "403", "403", "403", "403", "ok"),
  "/admin/users": row("login", "403", "403", "403", "403", "ok"),
  "/mentor": row("login", "403", "403", "ok", "403", "ok"),
  "/mentor/cohorts/[id]": row("login", "403", "403", "403", "403", "403"),
  "/mentor/mentees/[id]": row("login", "403", "403", "403", "403", "403"),
  "/mentor/projects/[id]": row("login", "403", "403", "404", "403", "404"), // only a mentor it is shared with (projects.spec)
  "/mentor/takes/[candidate]/[direction]": row("login", "403", "403", "404", "403", "404"), // likewise (projects.spec)
  "/recruiter": RECRUITERS,
  "/recruiter/finder": RECRUITERS,
  "/recruiter/directions/[slug]": RECRUITERS,
};

const ROUTES: Record<string, Record<RoleName, Cell>> = {
  "GET /api/auth/[...all]": row("ok", "ok", "ok", "ok", "ok", "ok"), // better-auth's own, public by design
  "POST /api/auth/[...all]": row("ok", "ok", "ok", "ok", "ok", "ok"),
  "POST /api/review/grade": row("login", "ok", "ok", "ok", "ok", "ok"),
  "POST /api/review/undo": row("login", "ok", "ok", "ok", "ok", "ok"),
  "POST /api/review/card": row("login", "ok", "ok", "ok", "ok", "ok"),
  "POST /api/review/check": row("login", "ok", "ok", "ok", "ok", "ok"),
  "POST /api/checks/answer": row("ok", "ok", "ok", "ok", "ok", "ok"), // a question page's checks: anyone may answer, nothing is recorded
  "POST /api/mock/draft": row("login", "ok", "ok", "ok", "ok", "ok"),
  "GET /api/projects/[id]/markdown": row("login", "ok", "ok", "ok", "ok", "ok"), // someone else's project: 404 (projects.spec)
  "POST /api/projects/take": row("login", "ok", "ok", "ok", "ok", "ok"),
  "POST /api/projects/grill": row("login", "ok", "ok", "ok", "ok", "ok"), // someone else's project looks absent (404), tested in projects.test
  "POST /api/projects/part": row("login", "ok", "ok", "ok", "ok", "ok"), // someone else's project looks absent (404), tested in projects.test
  "POST /api/mock/quiz": row("login", "ok", "ok", "ok", "ok", "ok"), // someone else's mock looks absent (404), tested in mock.spec
  "GET /api/plans/[slug]/me": row("login", "ok", "ok", "ok", "ok", "ok"),
  "GET /api/plans/me": row("login", "ok", "ok", "ok", "ok", "ok"),
  "GET /api/notes/[slug]/read": row("login", "ok", "ok", "ok", "ok", "ok"),
  "POST /api/notes/[slug]/read": row("login", "ok", "ok", "ok", "ok", "ok"),
};

const PUBLIC = row("ok", "ok", "ok", "ok", "ok", "ok");
const MENTORS = row("login", "403", "403", "ok", "403", "ok");
const COHORT_OWNER = row("login", "403", "403", "403", "403", "403");
const ACTIONS: Record<string, Record<RoleName, Cell>> = {
  "lib/auth/actions.ts#signUp": PUBLIC,
  "lib/auth/actions.ts#signIn": PUBLIC,
  "lib/auth/actions.ts#signOut": PUBLIC,
  "lib/auth/actions.ts#changePassword": SIGNED_IN,
  "lib/auth/actions.ts#deleteAccount": SIGNED_IN,
  "lib/admin/actions.ts#setUserRole": row("login", "403", "403", "403", "403", "ok"),
  "lib/practice/actions.ts#saveStudySettings": SIGNED_IN,
  "lib/practice/actions.ts#startStudying": SIGNED_IN,
  "lib/mock/actions.ts#createMock": SIGNED_IN,
  "lib/mock/actions.ts#submitMockAnswer": row("login", "ok", "403", "403", "403", "403"),
  "lib/mock/actions.ts#gradeMockItem": row("login", "ok", "403", "403", "403", "403"),
  "lib/mock/actions.ts#reviewMockMisses": row("login", "ok", "403", "403", "403", "403"),
  "lib/mock/actions.ts#retryMockInterview": row("login", "ok", "403", "403", "403", "403"),
  "lib/mock/actions.ts#endQuizRound": row("login", "ok", "403", "403", "403", "403"),
  "lib/projects/actions.ts#createProject": SIGNED_IN,
  "lib/projects/actions.ts#setProjectDirections": row("login", "ok", "403", "403", "403", "403"),
  "lib/projects/actions.ts#deleteProject": row("login", "ok", "403", "403", "403", "403"),
  "lib/projects/actions.ts#shareProject": row("login", "ok", "403", "403", "403", "403"),
  "lib/projects/actions.ts#unshareProject": row("login", "ok", "403", "403", "403", "403"),
  "lib/projects/actions.ts#addProjectComment": row("login", "ok", "403", "403", "403", "403"),
  "lib/projects/actions.ts#addMentorProbe": row("login", "ok", "403", "403", "403", "403"), // a mentor it is shared with may too (projects.spec)
  "lib/projects/actions.ts#removeMentorProbe": row("login", "ok", "403", "403", "403", "403"), // its owner, or the probe's author
  // A take is always the caller's own: sharing acts on it alone.
  "lib/projects/take-actions.ts#shareTake": SIGNED_IN,
  "lib/projects/take-actions.ts#unshareTake": SIGNED_IN,
  "lib/projects/take-actions.ts#addTakeComment": row("login", "ok", "403", "403", "403", "403"),
  "lib/plans/actions.ts#startPlan": SIGNED_IN,
  "lib/plans/actions.ts#setPlanStatus": SIGNED_IN,
  "lib/mentor/actions.ts#createCohort": MENTORS,
  "lib/mentor/actions.ts#createInvite": COHORT_OWNER,
  "lib/mentor/actions.ts#revokeInvite": COHORT_OWNER,
  "lib/mentor/actions.ts#joinCohort": SIGNED_IN,
  "lib/mentor/actions.ts#leaveCohort": SIGNED_IN,
  "lib/mentor/actions.ts#createAssignment": COHORT_OWNER,
  "lib/mentor/actions.ts#addComment": row("login", "ok", "403", "403", "403", "403"),
  "lib/mentor/actions.ts#editComment": row("login", "ok", "403", "403", "403", "403"),
  "lib/mentor/actions.ts#deleteComment": row("login", "ok", "403", "403", "403", "403"),
  "lib/mentor/actions.ts#updateAssignment": COHORT_OWNER,
  "lib/mentor/actions.ts#deleteAssignment": COHORT_OWNER,
};

type World = {
  users: Record<Exclude<RoleName, "anonymous">, TestUser>; owner: TestUser; mockId: string; itemId: string; projectId: string; cohortId: string; assignmentId: string; inviteId: string; token: string;
  /** One comment by candidate A per caller, so a delete by one caller cannot decide what the next one sees. */
  commentFor: Record<RoleName, string>;
  /** Likewise one project of candidate A per caller, for deleteProject, and one mentor's probe on A's project, for removeMentorProbe. */
  projectFor: Record<RoleName, string>;
  mentorProbeFor: Record<RoleName, string>;
};
let world: World;

test.beforeAll(async () => {
  const db = e2eDb();
  const [candidateA, candidateB, mentor, recruiter, admin, owner] = await Promise.all([
    createUser("candidate", "Cand A"), createUser("candidate", "Cand B"), createUser("mentor", "Mentor X"), createUser("recruiter"), createUser("admin"), createUser("mentor", "Owner"),
  ]);
  const mockId = randomUUID();
  const itemId = randomUUID();
  const question = await db.question.findFirstOrThrow({ where: { retiredAt: null } });
  await db.mockInterview.create({ data: { id: mockId, userId: candidateA.id, config: {}, items: { create: [{ id: itemId, position: 0, questionId: question.id, timeLimitSec: 180, keyPointCount: 3 }] } } });
  const projectId = randomUUID();
  await db.project.create({ data: { id: projectId, userId: candidateA.id, directions: [], parts: { create: [{ field: "title", text: "A's project", version: 1 }] } } });
  const cohortId = randomUUID();
  await db.cohort.create({ data: { id: cohortId, mentorId: owner.id, name: "Owner's cohort" } });
  await db.cohortMember.create({ data: { cohortId, userId: candidateA.id } });
  const assignmentId = randomUUID();
  await db.assignment.create({ data: { id: assignmentId, cohortId, kind: "plan", planSlug: "reasoning", title: "Plan", items: [], note: "", dueDate: new Date(Date.now() + 86_400_000 * 7) } });
  const token = `matrix-${randomUUID()}`;
  const inviteId = randomUUID();
  await db.cohortInvite.create({ data: { id: inviteId, cohortId, tokenHash: hashInviteToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });
  const commentFor = Object.fromEntries(ROLES.map((role) => [role, randomUUID()])) as Record<RoleName, string>;
  await db.assignmentComment.createMany({ data: ROLES.map((role) => ({ id: commentFor[role], assignmentId, candidateId: candidateA.id, authorId: candidateA.id, body: `by A for ${role}`, bodyHtml: "<p>x</p>" })) });
  const projectFor = Object.fromEntries(ROLES.map((role) => [role, randomUUID()])) as Record<RoleName, string>;
  for (const role of ROLES) await db.project.create({ data: { id: projectFor[role], userId: candidateA.id, directions: [] } });
  const mentorProbeFor = Object.fromEntries(ROLES.map((role) => [role, randomUUID()])) as Record<RoleName, string>;
  await db.mentorProbe.createMany({ data: ROLES.map((role) => ({ id: mentorProbeFor[role], projectId, authorId: owner.id, question: `for ${role}`, rubric: [], redFlags: [] })) });
  await db.directionTake.create({ data: { userId: candidateA.id, direction: "reasoning", text: "A's take", version: 1 } });
  world = { users: { candidateA, candidateB, mentor, recruiter, admin }, owner, mockId, itemId, projectId, cohortId, assignmentId, inviteId, token, commentFor, projectFor, mentorProbeFor };
});

const cookieOf = (role: RoleName) => (role === "anonymous" ? undefined : `${world.users[role].cookie.name}=${world.users[role].cookie.value}`);

function concrete(pattern: string): string {
  return pattern
    .replace("/mock/[id]", `/mock/${world.mockId}`)
    .replace("/assignments/[id]", `/assignments/${world.assignmentId}`)
    .replace("/projects/takes/[direction]", "/projects/takes/reasoning")
    .replace("/projects/[id]", `/projects/${world.projectId}`)
    .replace("/join/[token]", `/join/${world.token}`)
    .replace("/mentor/cohorts/[id]", `/mentor/cohorts/${world.cohortId}`)
    .replace("/mentor/mentees/[id]", `/mentor/mentees/${world.users.candidateA.id}`)
    .replace("/mentor/projects/[id]", `/mentor/projects/${world.projectId}`)
    .replace("/mentor/takes/[candidate]/[direction]", `/mentor/takes/${world.users.candidateA.id}/reasoning`)
    .replace("/recruiter/directions/[slug]", "/recruiter/directions/reasoning")
    .replace("/api/plans/[slug]", "/api/plans/reasoning")
    .replace("/api/notes/[slug]", "/api/notes/reasoning-paradigm-shift")
    .replace("/api/auth/[...all]", "/api/auth/get-session");
}

test("every protected page, route handler and server action is in the matrix", () => {
  expect(protectedPages()).toEqual(Object.keys(PAGES).sort());
  expect(routeHandlers()).toEqual(Object.keys(ROUTES).sort());
  expect(serverActions()).toEqual(Object.keys(ACTIONS).sort());
  const built = actionIds();
  expect(Object.keys(ACTIONS).filter((a) => !built.has(a))).toEqual([]);
});

test("pages", async () => {
  const seen: string[] = [];
  for (const [pattern, expected] of Object.entries(PAGES)) {
    for (const role of ROLES) {
      const response = await fetch(baseUrl() + concrete(pattern), { redirect: "manual", headers: cookieOf(role) ? { cookie: cookieOf(role)! } : {} });
      const location = response.headers.get("location") ?? "";
      const got: Cell = response.status === 200 ? "ok" : response.status === 403 ? "403" : response.status === 404 ? "404" : location.includes("/login") ? "login" : (`${response.status}` as Cell);
      seen.push(`${pattern} ${role}: ${got}`);
      expect.soft(got, `${pattern} as ${role}`).toBe(expected[role]);
    }
  }
  console.log(`page cells checked: ${seen.length}`);
});

test("the owning mentor does see their cohort and mentee", async () => {
  const cookie = `${world.owner.cookie.name}=${world.owner.cookie.value}`;
  for (const path of [`/mentor/cohorts/${world.cohortId}`, `/mentor/mentees/${world.users.candidateA.id}`]) {
    expect((await fetch(baseUrl() + path, { headers: { cookie } })).status, path).toBe(200);
  }
});

test("route handlers", async () => {
  for (const [key, expected] of Object.entries(ROUTES)) {
    const [method, pattern] = key.split(" ") as [string, string];
    for (const role of ROLES) {
      const response = await fetch(baseUrl() + concrete(pattern), {
        method,
        redirect: "manual",
        headers: { origin: baseUrl(), "content-type": "application/json", ...(cookieOf(role) ? { cookie: cookieOf(role)! } : {}) },
        body: method === "GET" ? undefined : "{}",
      });
      // A crash is never "allowed": only a deliberate answer below 500 counts as getting through.
      const got: Cell = response.status === 401 ? "login" : response.status === 403 ? "403" : response.status < 500 ? "ok" : (`${response.status}` as Cell);
      expect.soft(got, `${key} as ${role} (HTTP ${response.status})`).toBe(expected[role]);
    }
  }
});

/** Arguments that pass validation where possible, so the guard (not the schema) decides. */
function actionArgs(name: string, role: RoleName): unknown[] {
  const fd = new FormData();
  const set = (o: Record<string, string>) => Object.entries(o).forEach(([k, v]) => fd.append(k, v));
  switch (name) {
    case "signOut": return [];
    case "submitMockAnswer": set({ mockId: world.mockId, itemId: world.itemId, answer: "probe" }); break;
    case "gradeMockItem": set({ mockId: world.mockId, itemId: world.itemId, checked: "0" }); break;
    case "reviewMockMisses": case "retryMockInterview": case "endQuizRound": set({ mockId: world.mockId }); break;
    case "createProject": set({ title: "probe" }); break;
    case "setProjectDirections": set({ projectId: world.projectId }); break;
    case "deleteProject": set({ projectId: world.projectFor[role] }); break;
    case "shareProject": case "unshareProject": set({ projectId: world.projectId, mentorId: world.owner.id }); break;
    case "addProjectComment": set({ projectId: world.projectId, body: "probe" }); break;
    case "addMentorProbe": set({ projectId: world.projectId, question: "probe", rubric: "point" }); break;
    case "removeMentorProbe": set({ probeId: world.mentorProbeFor[role] }); break;
    case "shareTake": case "unshareTake": set({ direction: "reasoning", mentorId: world.owner.id }); break;
    case "addTakeComment": set({ ownerId: world.users.candidateA.id, direction: "reasoning", body: "probe" }); break;
    case "createInvite": set({ cohortId: world.cohortId }); break;
    case "revokeInvite": set({ inviteId: world.inviteId }); break;
    case "createAssignment": set({ cohortId: world.cohortId, kind: "plan", planSlug: "reasoning", dueDate: "2030-01-01" }); break;
    case "addComment": set({ assignmentId: world.assignmentId, candidateId: world.users.candidateA.id, body: "matrix probe" }); break;
    case "editComment": set({ commentId: world.commentFor[role], body: "matrix edit" }); break;
    case "deleteComment": set({ commentId: world.commentFor[role] }); break;
    case "updateAssignment": set({ assignmentId: world.assignmentId, title: "Matrix", note: "", dueDate: "2030-01-01" }); break;
    case "deleteAssignment": set({ assignmentId: world.assignmentId }); break;
    case "leaveCohort": set({ cohortId: "not-a-cohort" }); break;
    case "joinCohort": set({ token: "not-a-token" }); break;
    case "setUserRole": set({ userId: "", role: "king" }); break;
    default: break; // empty: the schema refuses, after the guard let the caller through
  }
  return [{ ok: true }, fd];
}

test("server actions", async () => {
  const built = actionIds();
  // signOut ends the caller's session, so it goes last.
  const ordered = Object.entries(ACTIONS).sort(([a], [b]) => Number(a.endsWith("#signOut")) - Number(b.endsWith("#signOut")));
  for (const [key, expected] of ordered) {
    const { id, page } = built.get(key)!;
    const name = key.split("#")[1]!;
    for (const role of ROLES) {
      const body = await encodeReply(actionArgs(name, role));
      const response = await fetch(baseUrl() + concrete(page === "/" ? "/" : page), {
        method: "POST",
        redirect: "manual",
        headers: { "next-action": id, origin: baseUrl(), accept: "text/x-component", ...(cookieOf(role) ? { cookie: cookieOf(role)! } : {}) },
        body: body as BodyInit,
      });
      const text = await response.text();
      const got: Cell = text.includes('"error":"unauthenticated"') ? "login" : text.includes('"error":"forbidden"') ? "403" : response.status < 500 ? "ok" : (`${response.status}` as Cell);
      expect.soft(got, `${key} as ${role} (HTTP ${response.status})`).toBe(expected[role]);
    }
  }
  console.log(`matrix: ${Object.keys(PAGES).length} pages + ${Object.keys(ROUTES).length} route handlers + ${Object.keys(ACTIONS).length} server actions = ${Object.keys(PAGES).length + Object.keys(ROUTES).length + Object.keys(ACTIONS).length} entry points × ${ROLES.length} roles`);
});
