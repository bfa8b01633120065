/**
 * npm run bench:usage — does a page stay fast as its user's history grows?
 *
 * Seeds a SQLite database with three cohorts of 10 candidates who have each done 300, 3,000
 * or 30,000 reviews (a month, three months, a year of daily use, with mock interviews) and
 * their mentor; starts the production build on it;
 * and prints, per page and history size, the server time of a request over loopback (median
 * of 15 after 3 warm-ups; of 3 for a page that takes seconds). Targets: ≤ 150 ms at 3,000 reviews and ≤ 300 ms at 30,000.
 *   --root <dir>   measure another checkout (its own build, migrations and server), e.g. the
 *                  code before a change: git worktree add /tmp/before <commit> && npm start there
 *   --runs N       requests per page (default 15)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { migrate } from "../../lib/db/migrations.ts";
import { createDb } from "../../lib/db/client.ts";
import { ingestDirectory } from "../../lib/content/run-ingest.ts";
import { DAY_MS } from "../../lib/time/zone.ts";

const { values } = parseArgs({ options: { root: { type: "string" }, runs: { type: "string", default: "15" }, port: { type: "string", default: "3320" } } });
const ROOT = path.resolve(values.root ?? process.cwd());
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const FILE = path.join(process.cwd(), "data/bench-usage.db");
const URL_ = `file:${FILE}`;
const SECRET = "bench-only-secret-bench-only-secret-0123456789";
const HISTORIES = [300, 3_000, 30_000];
const MEMBERS = 10;
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00"); // Prisma's SQLite format

function startServer(): ChildProcess {
  const ours = existsSync(path.join(ROOT, "scripts/server.mjs"));
  const [command, args] = ours ? ["node", ["scripts/server.mjs", "--port", String(PORT)]] : [path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(PORT)]];
  return spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: URL_, BETTER_AUTH_SECRET: SECRET, APP_URL: BASE, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_MAX_ATTEMPTS_PER_IP: "100000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitFor(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** A real account and session, made through the API as a browser would. */
async function account(name: string): Promise<{ id: string; cookie: string }> {
  const email = `bench-${randomUUID()}@example.test`;
  const headers = { "content-type": "application/json", origin: BASE };
  const password = "bench-password-1";
  await fetch(`${BASE}/api/auth/sign-up/email`, { method: "POST", headers, body: JSON.stringify({ name, email, password }) });
  // Sign-up signs in on the code before 2026-12; sign in anyway so both kinds of build work.
  const res = await fetch(`${BASE}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify({ email, password }) });
  const body = (await res.json()) as { user: { id: string } };
  const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!.split(";")[0]!;
  return { id: body.user.id, cookie };
}

/**
 * `reviews` reviews spread over the days before now (about 80 a day at most), each on one of
 * the cards in introduction order, with states and mock interviews to match. Raw inserts:
 * Prisma's createMany is ~25× slower for bulk loads (stack notes).
 */
function seedHistory(raw: Database.Database, userId: string, reviews: number, cards: string[], questions: string[], now: number) {
  const days = Math.max(30, Math.ceil(reviews / 80));
  const perCard = new Map<string, number>();
  const lastAt = new Map<string, number>();
  const insertLog = raw.prepare(`INSERT INTO "ReviewLog" (id,"userId","cardId","clientReviewId","stateVersion",rating,"reviewedAt","durationMs",source,"stateBefore","stateAfter",params) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`);
  const params = JSON.stringify({ retention: 0.9, maximumInterval: 365 });
  for (let i = 0; i < reviews; i++) {
    const cardId = cards[i % cards.length]!;
    const version = (perCard.get(cardId) ?? 0) + 1;
    perCard.set(cardId, version);
    const at = now - Math.floor(((reviews - i) / reviews) * days * DAY_MS);
    lastAt.set(cardId, at);
    const scheduled = Math.min(120, 2 ** Math.min(version, 7));
    const snapshot = (v: number, s: number) => JSON.stringify({ due: new Date(at + s * DAY_MS).toISOString(), stability: s, difficulty: 5, elapsedDays: s, scheduledDays: s, learningSteps: 0, reps: v, lapses: 0, state: 2, lastReview: new Date(at).toISOString() });
    const rating = i % 11 === 0 ? 1 : i % 7 === 0 ? 2 : i % 13 === 0 ? 4 : 3;
    insertLog.run(randomUUID(), userId, cardId, `seed-${userId}-${i}`, version, rating, iso(at), 4000 + (i % 9) * 1000, i % 5 === 0 ? "drill" : "review", version === 1 ? "null" : snapshot(version - 1, scheduled / 2), snapshot(version, scheduled), params);
  }
  const insertState = raw.prepare(`INSERT INTO "CardState" ("userId","cardId",due,stability,difficulty,"elapsedDays","scheduledDays","learningSteps",reps,lapses,state,"lastReview",version,"createdAt","updatedAt") VALUES (?,?,?,?,5,?,?,0,?,0,2,?,?,?,?)`);
  let k = 0;
  for (const [cardId, version] of perCard) {
    // Half the cards due (up to ten days overdue), half over the next ten days: a full queue every day.
    const stability = Math.min(120, 2 ** Math.min(version, 7));
    const last = lastAt.get(cardId)!;
    const due = Math.max(last + 3_600_000, now + ((k++ % 20) - 10) * DAY_MS);
    insertState.run(userId, cardId, iso(due), stability, stability, stability, version, iso(last), version, iso(now - days * DAY_MS), iso(now));
  }
  const mocks = Math.round(reviews / 300);
  const insertMock = raw.prepare(`INSERT INTO "MockInterview" (id,"userId","createdAt","finishedAt",config) VALUES (?,?,?,?,?)`);
  const insertItem = raw.prepare(`INSERT INTO "MockItem" (id,"mockId",position,"questionId","timeLimitSec","startedAt","answeredAt","timeUsedSec",answer,"checkedPoints","keyPointCount","pitfallHit","gradedAt") VALUES (?,?,?,?,360,?,?,200,'answer',?,4,0,?)`);
  for (let m = 0; m < mocks; m++) {
    const id = randomUUID();
    const at = now - Math.floor((m / mocks) * days * DAY_MS);
    insertMock.run(id, userId, iso(at), iso(at + 3_600_000), JSON.stringify({ directions: [], mix: { L1: 1, L2: 1, L3: 1 } }));
    for (let p = 0; p < 3; p++) insertItem.run(randomUUID(), id, p, questions[(m * 3 + p) % questions.length]!, iso(at), iso(at + 600_000), "[0,1]", iso(at + 900_000));
  }
}

async function seed() {
  for (const s of ["", "-wal", "-shm"]) rmSync(`${FILE}${s}`, { force: true });
  await migrate(URL_, ROOT);
  const db = createDb(URL_);
  const outcome = await ingestDirectory(db, process.cwd());
  if (!outcome.ok) throw new Error("content is invalid; run npm run content:check");
  await db.$disconnect();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One request's time; a socket the server closed between requests (keep-alive race) is retried once. */
async function once(path_: string, cookie: string, retried = false): Promise<number> {
  const t0 = performance.now();
  try {
    const res = await fetch(BASE + path_, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path_} answered ${res.status}`);
  } catch (error) {
    if (retried || !(error instanceof TypeError)) throw error;
    return once(path_, cookie, true);
  }
  return performance.now() - t0;
}

/** Median server time of a page; a page that takes seconds gets 3 runs instead of RUNS. */
async function time(path_: string, cookie: string): Promise<number> {
  const first = await once(path_, cookie);
  const slow = first > 1000;
  if (!slow) for (let i = 0; i < 2; i++) await once(path_, cookie);
  const times: number[] = [];
  for (let i = 0; i < (slow ? 3 : RUNS); i++) times.push(await once(path_, cookie));
  return median(times);
}

if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
  console.error(`✗ no production build in ${ROOT}/.next: run npm start there once first`);
  process.exit(2);
}
try {
  await fetch(`${BASE}/`);
  console.error(`✗ something already answers on ${BASE}; stop it or pass --port`);
  process.exit(2);
} catch {
  // free, as it should be
}
await seed();
let server = startServer();
try {
  await waitFor(`${BASE}/api/auth/get-session`);
  const mentor = await account("Bench Mentor");
  // One cohort per history size: the measured candidate and MEMBERS - 1 others with the same history.
  const cohorts = await Promise.all(HISTORIES.map(async () => Promise.all(Array.from({ length: MEMBERS }, (_, i) => account(`Member ${i}`)))));
  const raw = new Database(FILE);
  raw.pragma("journal_mode = WAL");
  const cards = (raw.prepare(`SELECT id FROM "Card" WHERE "retiredAt" IS NULL ORDER BY "order"`).all() as { id: string }[]).map((c) => c.id);
  const questions = (raw.prepare(`SELECT id FROM "Question" WHERE "retiredAt" IS NULL ORDER BY id`).all() as { id: string }[]).map((q) => q.id);
  const now = Date.now();
  const started = performance.now();
  const cohortIds = HISTORIES.map(() => randomUUID());
  raw.transaction(() => {
    raw.prepare(`UPDATE "user" SET role = 'mentor' WHERE id = ?`).run(mentor.id);
    HISTORIES.forEach((reviews, k) => {
      raw.prepare(`INSERT INTO "Cohort" (id,"mentorId",name,"createdAt") VALUES (?,?,?,?)`).run(cohortIds[k], mentor.id, `${reviews} reviews each`, iso(now));
      raw.prepare(`INSERT INTO "Assignment" (id,"cohortId",kind,"planSlug",title,items,note,"dueDate","createdAt") VALUES (?,?,?,?,?,?,?,?,?)`).run(randomUUID(), cohortIds[k], "plan", "reasoning", "Reasoning", "[]", "", iso(Date.UTC(2030, 0, 15)), iso(now));
      for (const member of cohorts[k]!) {
        seedHistory(raw, member.id, reviews, cards, questions, now);
        raw.prepare(`INSERT INTO "CohortMember" ("cohortId","userId","joinedAt") VALUES (?,?,?)`).run(cohortIds[k], member.id, iso(now));
      }
    });
  })();
  const logs = (raw.prepare(`SELECT count(*) n FROM "ReviewLog"`).get() as { n: number }).n;
  raw.close();
  console.log(`seeded ${HISTORIES.length} cohorts of ${MEMBERS} candidates with ${HISTORIES.join(" / ")} reviews each (${logs.toLocaleString("en")} review logs) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // The build under test may keep derived data (per-day aggregates): let its own set-up make it.
  if (existsSync(path.join(ROOT, "scripts/bench/rebuild-derived.ts"))) {
    server.kill();
    const rebuild = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/bench/rebuild-derived.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: URL_ }, stdio: "inherit" });
    await new Promise((r) => rebuild.once("exit", r));
    server = startServer();
    await waitFor(`${BASE}/api/auth/get-session`);
  }

  const rows: string[][] = [];
  for (const page of ["/progress", "/study", "/review", "/drill", "/mock"]) {
    const cells = [page];
    for (const cohort of cohorts) cells.push(`${(await time(page, cohort[0]!.cookie)).toFixed(0)} ms`);
    rows.push(cells);
  }
  const cells = [`/mentor/cohorts/[id] (${MEMBERS} members)`];
  for (const id of cohortIds) cells.push(`${(await time(`/mentor/cohorts/${id}`, mentor.cookie)).toFixed(0)} ms`);
  rows.push(cells);

  const header = ["page", ...HISTORIES.map((n) => `${n.toLocaleString("en")} reviews`)];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(`\nserver time, median of ${RUNS} requests over loopback (${ROOT === process.cwd() ? "this checkout" : ROOT}):`);
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const r of rows) console.log(line(r));
} finally {
  server.kill();
}
