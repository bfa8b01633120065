/**
 * The benchmark's floor: the same grade as the app — session lookup, read state, FSRS,
 * state + log in one transaction, next due card — in a bare node:http server with the bare
 * better-sqlite3 driver. No framework, no ORM. Used by scripts/bench/review.ts only.
 */
import http from "node:http";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { review, type Snapshot } from "../../lib/practice/scheduler.ts";

const [file, port] = [process.argv[2]!, Number(process.argv[3])];
const db = new Database(file);
db.pragma("journal_mode = WAL");
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const session = db.prepare(`SELECT "userId" FROM "session" WHERE token = ? AND "expiresAt" > ?`);
const read = db.prepare(`SELECT * FROM "CardState" WHERE "userId" = ? AND "cardId" = ?`);
const update = db.prepare(`UPDATE "CardState" SET due=?, stability=?, difficulty=?, "elapsedDays"=?, "scheduledDays"=?, "learningSteps"=?, reps=?, lapses=?, state=?, "lastReview"=?, version=version+1, "updatedAt"=? WHERE "userId"=? AND "cardId"=? AND version=?`);
const log = db.prepare(`INSERT INTO "ReviewLog" (id,"userId","cardId","clientReviewId","stateVersion",rating,"reviewedAt","durationMs",source,"stateBefore","stateAfter",params) VALUES (?,?,?,?,?,?,?,?,'baseline',?,?,?)`);
const next = db.prepare(`SELECT "cardId", version FROM "CardState" WHERE "userId" = ? AND due <= ? AND "cardId" <> ? ORDER BY due LIMIT 1`);

const grade = db.transaction((userId: string, body: { cardId: string; rating: 1; clientReviewId: string; expectedVersion: number; durationMs: number }, now: Date) => {
  const row = read.get(userId, body.cardId) as (Snapshot & { version: number }) | undefined;
  if (!row || row.version !== body.expectedVersion) return null;
  const before: Snapshot = { due: row.due, stability: row.stability, difficulty: row.difficulty, elapsedDays: row.elapsedDays, scheduledDays: row.scheduledDays, learningSteps: row.learningSteps, reps: row.reps, lapses: row.lapses, state: row.state, lastReview: row.lastReview };
  const params = { retention: 0.9, maximumInterval: 365 };
  const after = review(before, body.rating, now, params);
  const t = iso(now.getTime());
  update.run(iso(Date.parse(after.due)), after.stability, after.difficulty, after.elapsedDays, after.scheduledDays, after.learningSteps, after.reps, after.lapses, after.state, t, t, userId, body.cardId, body.expectedVersion);
  log.run(randomUUID(), userId, body.cardId, body.clientReviewId, body.expectedVersion + 1, body.rating, t, body.durationMs, JSON.stringify(before), JSON.stringify(after), JSON.stringify(params));
  return { state: after, next: next.get(userId, t, body.cardId) };
});

http.createServer((req, res) => {
  let raw = "";
  req.on("data", (c) => (raw += c));
  req.on("end", () => {
    const token = /session_token=([^.;]+)/.exec(req.headers.cookie ?? "")?.[1];
    const user = token && (session.get(decodeURIComponent(token), iso(Date.now())) as { userId: string } | undefined);
    if (!user) return res.writeHead(401).end("{}");
    const out = grade(user.userId, JSON.parse(raw), new Date());
    res.writeHead(out ? 200 : 409, { "content-type": "application/json" }).end(JSON.stringify(out));
  });
}).listen(port, "127.0.0.1", () => process.stdout.write("ready\n"));
