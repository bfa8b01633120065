import "server-only";
import { db } from "@/lib/db";
import { calibrate, type CardTally } from "./calibration";
import { questionOfCheck } from "./ids";

/**
 * A user's calibration from their review log: graded answers per card (self-graded question
 * cards and check cards), minus grades they took back.
 */
export async function calibrationOf(userId: string) {
  const cards = { OR: [{ cardId: { startsWith: "q:" } }, { cardId: { startsWith: "c:" } }] };
  const [all, passed, undos] = await Promise.all([
    db.reviewLog.groupBy({ by: ["cardId"], where: { userId, rating: { gte: 1 }, ...cards }, _count: { _all: true } }),
    db.reviewLog.groupBy({ by: ["cardId"], where: { userId, rating: { gte: 2 }, ...cards }, _count: { _all: true } }),
    db.reviewLog.findMany({ where: { userId, rating: 0 }, select: { undoes: true } }),
  ]);
  const undone = undos.length
    ? await db.reviewLog.findMany({ where: { id: { in: undos.flatMap((u) => (u.undoes ? [u.undoes] : [])) } }, select: { cardId: true, rating: true } })
    : [];
  const tally = new Map<string, CardTally>(all.map((g) => [g.cardId, { cardId: g.cardId, total: g._count._all, passed: 0 }]));
  for (const g of passed) tally.get(g.cardId)!.passed = g._count._all;
  for (const u of undone) {
    const t = tally.get(u.cardId);
    if (!t) continue;
    t.total -= 1;
    if (u.rating >= 2) t.passed -= 1;
  }
  // Only the questions this user answered: their home directions, nothing else of the bank.
  const ids = [...new Set([...tally.keys()].map((id) => (id.startsWith("c:") ? questionOfCheck(id.slice(2)) : id.slice(2))))];
  const questions = await db.question.findMany({ where: { id: { in: ids }, retiredAt: null }, select: { id: true, homeDirection: true } });
  return calibrate([...tally.values()], new Map(questions.map((q) => [q.id, q.homeDirection])));
}
