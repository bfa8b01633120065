/**
 * npm run bench:review — the grade round trip under load, on SQLite.
 *
 * Seeds data/bench.db with 1,000 users × 300 self-graded cards + 100 checks (400k card states, 4M review logs) by raw
 * bulk inserts, starts the built app on it, and sends grades over HTTP on loopback: validate,
 * schedule, write state + log in one transaction, fetch the next card. Prints p50/p95/p99
 * and throughput next to a baseline server that does the same reads and writes with the bare
 * driver (scripts/bench/baseline-server.ts), and the same for check cards answered through
 * /api/review/check. Options: --requests N (default 2000),
 * --concurrency C (default 4), --users N (default 1000).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { migrate } from "../../lib/db/migrations.ts";
import { createDb } from "../../lib/db/client.ts";
import { ingestDirectory } from "../../lib/content/run-ingest.ts";
import type { Snapshot } from "../../lib/practice/scheduler.ts";
import { DAY_MS } from "../../lib/time/zone.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "2000" }, concurrency: { type: "string", default: "4" }, users: { type: "string", default: "1000" } } });
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const USERS = Number(values.users);
const CARDS_PER_USER = 300;
const CHECKS_PER_USER = 100;
const LOGS_PER_CARD = 10;
const SIGNED_IN = 40; // users who send grades over HTTP (each with a real session)
const FILE = "data/bench.db";
const URL_ = `file:./${FILE}`;
const PORT = 3300;
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = "bench-only-secret-bench-only-secret-0123456789";

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00"); // Prisma's SQLite format
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function seed(): Promise<string[]> {
  for (const s of ["", "-wal", "-shm"]) rmSync(`${FILE}${s}`, { force: true });
  await migrate(URL_, process.cwd());
  const db = createDb(URL_);
  const outcome = await ingestDirectory(db, process.cwd());
  if (!outcome.ok) throw new Error("content is invalid; run npm run content:check");
  await db.$disconnect();

  const raw = new Database(FILE);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = OFF"); // seeding only
  // Self-graded cards as before, plus a share of check cards for the check route.
  const pickCards = (kind: string, limit: number) => (raw.prepare(`SELECT id FROM "Card" WHERE "retiredAt" IS NULL AND ${kind} ORDER BY "order" LIMIT ?`).all(limit) as { id: string }[]).map((c) => c.id);
  const cards = [...pickCards(`kind <> 'check'`, CARDS_PER_USER), ...pickCards(`kind = 'check'`, CHECKS_PER_USER)];
  const now = Date.now();
  const started = performance.now();
  const insertUser = raw.prepare(`INSERT INTO "user" (id, name, email, "emailVerified", role, "createdAt", "updatedAt") VALUES (?, ?, ?, 0, 'candidate', ?, ?)`);
  const insertState = raw.prepare(`INSERT INTO "CardState" ("userId","cardId",due,stability,difficulty,"elapsedDays","scheduledDays","learningSteps",reps,lapses,state,"lastReview",version,"createdAt","updatedAt") VALUES (?,?,?,?,?,?,?,0,?,0,2,?,?,?,?)`);
  const insertLog = raw.prepare(`INSERT INTO "ReviewLog" (id,"userId","cardId","clientReviewId","stateVersion",rating,"reviewedAt","durationMs",source,"stateBefore","stateAfter",params) VALUES (?,?,?,?,?,3,?,4000,'review',?,?,?)`);
  const params = JSON.stringify({ retention: 0.9, maximumInterval: 365 });
  const userIds: string[] = [];
  const seedUser = raw.transaction((u: number) => {
    const id = `bench-user-${u}`;
    userIds.push(id);
    insertUser.run(id, `Bench ${u}`, `bench${u}@example.test`, iso(now), iso(now));
    cards.forEach((cardId, i) => {
      // Half of each user's cards are due now, the rest over the next weeks.
      const due = i % 2 === 0 ? now - (i % 7) * DAY_MS - 60_000 : now + ((i % 30) + 1) * DAY_MS;
      const snap: Snapshot = { due: new Date(due).toISOString(), stability: 10 + (i % 40), difficulty: 5, elapsedDays: 10, scheduledDays: 10, learningSteps: 0, reps: LOGS_PER_CARD, lapses: 0, state: 2, lastReview: new Date(due - 10 * DAY_MS).toISOString() };
      insertState.run(id, cardId, iso(due), snap.stability, 5, 10, 10, LOGS_PER_CARD, iso(due - 10 * DAY_MS), LOGS_PER_CARD, iso(now), iso(now));
      const state = JSON.stringify(snap);
      for (let k = 0; k < LOGS_PER_CARD; k++) insertLog.run(randomUUID(), id, cardId, `seed-${u}-${i}-${k}`, k + 1, iso(due - (LOGS_PER_CARD - k) * 10 * DAY_MS), state, state, params);
    });
  });
  for (let u = 0; u < USERS; u++) seedUser(u);
  raw.pragma("wal_checkpoint(TRUNCATE)");
  const counts = raw.prepare(`SELECT (SELECT count(*) FROM "CardState") s, (SELECT count(*) FROM "ReviewLog") l`).get() as { s: number; l: number };
  console.log(`seeded ${USERS} users: ${counts.s.toLocaleString()} card states, ${counts.l.toLocaleString()} review logs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  raw.close();
  return userIds;
}

/** The floor: the same grade in a bare node:http server with the bare driver (baseline-server.ts). */
async function startBaseline(): Promise<ChildProcess> {
  const child = spawn("node_modules/.bin/tsx", ["scripts/bench/baseline-server.ts", FILE, String(PORT + 1)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
  return child;
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn("node", ["scripts/server.mjs", "--port", String(PORT)], {
    env: { ...process.env, DATABASE_URL: URL_, BETTER_AUTH_SECRET: SECRET, APP_URL: BASE, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_MAX_ATTEMPTS_PER_IP: "100000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/auth/get-session`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("server did not start");
}

/** Real sessions for a few users: sign up and in through the API, then give them the seeded cards. */
async function sessions(userIds: string[]): Promise<{ cookie: string; userId: string }[]> {
  const out: { cookie: string; userId: string }[] = [];
  const raw = new Database(FILE);
  for (let i = 0; i < SIGNED_IN; i++) {
    const email = `bench-http-${i}-${randomUUID()}@example.test`;
    const headers = { "content-type": "application/json", origin: BASE };
    await fetch(`${BASE}/api/auth/sign-up/email`, { method: "POST", headers, body: JSON.stringify({ name: `HTTP ${i}`, email, password: "bench-password-1" }) });
    // Sign-up does not sign in (it must not tell a new e-mail from a registered one).
    const res = await fetch(`${BASE}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify({ email, password: "bench-password-1" }) });
    const body = (await res.json()) as { user: { id: string } };
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!.split(";")[0]!;
    // Hand the seeded user's cards to this account (same data shape, now reachable over HTTP).
    raw.prepare(`UPDATE "CardState" SET "userId" = ? WHERE "userId" = ?`).run(body.user.id, userIds[i]);
    raw.prepare(`UPDATE "ReviewLog" SET "userId" = ? WHERE "userId" = ?`).run(body.user.id, userIds[i]);
    out.push({ cookie, userId: body.user.id });
  }
  raw.close();
  return out;
}

/** `grade`: self-graded cards through /api/review/grade; `check`: check cards answered through /api/review/check. */
async function http(clients: { cookie: string; userId: string }[], n: number, concurrency: number, base = BASE, route: "grade" | "check" = "grade") {
  const raw = new Database(FILE, { readonly: true });
  // Each client grades its own due cards, newest version known: no conflicts by construction.
  const kind = route === "check" ? `"cardId" LIKE 'c:%'` : `"cardId" NOT LIKE 'c:%'`;
  const queues = clients.map((c) => ({ ...c, cards: raw.prepare(`SELECT "cardId", version FROM "CardState" WHERE "userId" = ? AND due <= ? AND ${kind} ORDER BY due`).all(c.userId, iso(Date.now())) as { cardId: string; version: number }[] }));
  raw.close();
  const times: number[] = [];
  const server = { auth: [] as number[], grade: [] as number[] };
  let sent = 0;
  let failures = 0;
  const worker = async (w: number) => {
    for (let i = w; ; i += concurrency) {
      if (sent >= n) return;
      sent++;
      const q = queues[i % queues.length]!;
      const card = q.cards.shift();
      if (!card) continue;
      const t0 = performance.now();
      const common = { cardId: card.cardId, clientReviewId: randomUUID(), expectedVersion: card.version, durationMs: 4000 };
      // A check's answer is graded on the server (here: wrong, so Again); the write is the same.
      const body = route === "check" ? { ...common, response: { tokens: ["bench"] } } : { ...common, rating: 3 };
      const res = await fetch(`${base}/api/review/${route}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, cookie: q.cookie },
        body: JSON.stringify(body),
      });
      await res.arrayBuffer();
      times.push(performance.now() - t0);
      const timing = res.headers.get("server-timing") ?? "";
      for (const part of timing.split(",")) {
        const [name, dur] = part.trim().split(";dur=");
        if (name === "auth" || name === "grade") server[name].push(Number(dur));
      }
      if (res.status !== 200) failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  return { times, seconds: (performance.now() - started) / 1000, failures, server };
}

function report(label: string, times: number[], seconds?: number) {
  const sorted = [...times].sort((a, b) => a - b);
  const rate = seconds ? `  ${(times.length / seconds).toFixed(0)} grades/s` : "";
  console.log(`${label.padEnd(34)} n=${String(times.length).padStart(5)}  p50 ${fmt(pct(sorted, 50)).padStart(9)}  p95 ${fmt(pct(sorted, 95)).padStart(9)}  p99 ${fmt(pct(sorted, 99)).padStart(9)}${rate}`);
  return pct(sorted, 95);
}

// Before the seed, which takes minutes: the app must already be built.
if (!existsSync(".next/BUILD_ID")) {
  console.error("✗ no production build in .next: run npm start once (or npm run build) first");
  process.exit(2);
}
const userIds = await seed();
const server = await startServer();
try {
  const clients = await sessions(userIds);
  // Half the signed-in users are graded through the app, half through the baseline server.
  const appClients = clients.slice(0, SIGNED_IN / 2);
  const baseClients = clients.slice(SIGNED_IN / 2);
  await http(appClients, 200, CONCURRENCY); // warm-up: JIT, statement caches, page cache
  const app1 = await http(appClients, Math.min(REQUESTS, 1000), 1);
  const appN = await http(appClients, REQUESTS, CONCURRENCY);
  await http(appClients, 50, CONCURRENCY, BASE, "check"); // warm-up of the check route
  const check1 = await http(appClients, Math.min(REQUESTS, 400), 1, BASE, "check");
  const checkN = await http(appClients, Math.min(REQUESTS, 400), CONCURRENCY, BASE, "check");
  server.kill();
  const baseline = await startBaseline();
  const baseUrl = `http://127.0.0.1:${PORT + 1}`;
  await http(baseClients, 200, CONCURRENCY, baseUrl);
  const base1 = await http(baseClients, Math.min(REQUESTS, 1000), 1, baseUrl);
  const baseN = await http(baseClients, REQUESTS, CONCURRENCY, baseUrl);
  baseline.kill();
  console.log("\ngrade round trip over HTTP on loopback (validate, schedule, write state + log, fetch next card):");
  const a1 = report("app, 1 client at a time", app1.times, app1.seconds);
  report("  server: session check", app1.server.auth);
  report("  server: grade + next card", app1.server.grade);
  const aN = report(`app, ${CONCURRENCY} concurrent clients`, appN.times, appN.seconds);
  console.log("\ncheck round trip (validate, grade the answer against the key, derive the rating, then the same write and next card):");
  report("check, 1 client at a time", check1.times, check1.seconds);
  report("  server: check + next card", check1.server.grade);
  report(`check, ${CONCURRENCY} concurrent clients`, checkN.times, checkN.seconds);
  console.log("");
  const b1 = report("baseline (node:http + bare driver), 1", base1.times, base1.seconds);
  const bN = report(`baseline, ${CONCURRENCY} concurrent clients`, baseN.times, baseN.seconds);
  console.log(`\nnon-200 responses: app ${app1.failures + appN.failures}, checks ${check1.failures + checkN.failures}, baseline ${base1.failures + baseN.failures}`);
  for (const [label, a, b] of [["1 client", a1, b1], [`${CONCURRENCY} clients`, aN, bN]] as const) {
    console.log(`${label}: app p95 ${fmt(a)} (target ≤ 15 ms: ${a <= 15 ? "met" : "NOT met"}), ${(a / b).toFixed(1)}× the baseline p95 ${fmt(b)} (target ≤ 3×: ${a / b <= 3 ? "met" : "NOT met"})`);
  }
} finally {
  server.kill();
}
