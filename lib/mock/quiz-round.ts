/**
 * Running a mock's quiz round: the clock starts on the server when the round is first shown;
 * each answer is graded here and kept (the first one wins, so a retry or a second tab cannot
 * change it); the round ends answered in full, ended early or out of time, and the mock ends
 * with it once every written answer is graded. Takes the database as an argument.
 */
import type { Db, Tx } from "../db/client.ts";
import type { CheckResponse } from "../checks/grade.ts";
import { judge } from "../checks/judge.ts";
import { quizOpen } from "./quiz.ts";


/** Mark the mock finished when nothing is left: every written answer graded, the round over. */
export async function finishIfDone(tx: Tx | Db, mockId: string, now = new Date()): Promise<void> {
  const [openItems, mock] = await Promise.all([
    tx.mockItem.count({ where: { mockId, gradedAt: null } }),
    tx.mockInterview.findUnique({ where: { id: mockId }, select: { quizEndedAt: true, _count: { select: { checks: true } } } }),
  ]);
  if (!mock || openItems > 0 || (mock._count.checks > 0 && !mock.quizEndedAt)) return;
  await tx.mockInterview.updateMany({ where: { id: mockId, finishedAt: null }, data: { finishedAt: now } });
}

const ownRound = (db: Db, userId: string, mockId: string) =>
  db.mockInterview.findFirst({ where: { id: mockId, userId }, select: { id: true, quizLimitSec: true, quizStartedAt: true, quizEndedAt: true } });

/** Start the round's clock when it is first shown (never restarts it); null when not the caller's. */
export async function startQuiz(db: Db, userId: string, mockId: string, now = new Date()) {
  await db.mockInterview.updateMany({ where: { id: mockId, userId, quizStartedAt: null }, data: { quizStartedAt: now } });
  return ownRound(db, userId, mockId);
}

/** End the round (early, or because its time is up); a no-op once ended. */
export async function endQuiz(db: Db, userId: string, mockId: string, now = new Date()): Promise<boolean> {
  const round = await ownRound(db, userId, mockId);
  if (!round) return false;
  await db.$transaction(async (tx) => {
    await tx.mockInterview.updateMany({ where: { id: mockId, quizEndedAt: null }, data: { quizEndedAt: now, quizStartedAt: round.quizStartedAt ?? now } });
    await finishIfDone(tx, mockId, now);
  });
  return true;
}

export type QuizAnswerOutcome =
  | { ok: true; duplicate: boolean; left: number }
  | { ok: false; status: 404; error: "not_found"; message: string }
  | { ok: false; status: 409; error: "time_up"; message: string };

/** Grade and keep one answer of the round; the last answer ends it. */
export async function answerQuizCheck(db: Db, userId: string, input: { mockId: string; mockCheckId: string; response: CheckResponse }, now = new Date()): Promise<QuizAnswerOutcome> {
  const row = await db.mockCheck.findFirst({ where: { id: input.mockCheckId, mockId: input.mockId, mock: { userId } } });
  const round = row && (await ownRound(db, userId, input.mockId));
  if (!row || !round) return { ok: false, status: 404, error: "not_found", message: "No such quiz question." };
  const left = () => db.mockCheck.count({ where: { mockId: input.mockId, answeredAt: null } });
  if (row.answeredAt) return { ok: true, duplicate: true, left: await left() };
  if (!quizOpen({ startedAt: round.quizStartedAt, endedAt: round.quizEndedAt, limitSec: round.quizLimitSec }, now)) {
    await endQuiz(db, userId, input.mockId, now);
    return { ok: false, status: 409, error: "time_up", message: "The quiz round is over; this answer was not counted." };
  }
  const verdict = await judge(db, row.checkId, input.response);
  return db.$transaction(async (tx) => {
    const kept = await tx.mockCheck.updateMany({
      where: { id: row.id, answeredAt: null },
      data: { response: input.response, correct: verdict?.right ?? false, answeredAt: now },
    });
    // An answer sent before the round was shown still starts its clock.
    await tx.mockInterview.updateMany({ where: { id: input.mockId, quizStartedAt: null }, data: { quizStartedAt: now } });
    const remaining = await tx.mockCheck.count({ where: { mockId: input.mockId, answeredAt: null } });
    if (remaining === 0) {
      await tx.mockInterview.updateMany({ where: { id: input.mockId, quizEndedAt: null }, data: { quizEndedAt: now } });
      await finishIfDone(tx, input.mockId, now);
    }
    return { ok: true as const, duplicate: kept.count === 0, left: remaining };
  });
}
