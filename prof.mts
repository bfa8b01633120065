process.env.DATABASE_URL = "file:/work/main/data/bench-usage.db";
const { db } = await import("@/lib/db");
const { progressOf } = await import("@/lib/practice/progress-queries");
const { cohortDashboard } = await import("@/lib/mentor/queries");
const { queueFor } = await import("@/lib/practice/review-service");
const { planOrderFor } = await import("@/lib/plans/order");
const { loadCardContents } = await import("@/lib/practice/cards");
const t = async (label: string, fn: () => Promise<unknown>) => { await fn(); const t0 = performance.now(); for (let i = 0; i < 5; i++) await fn(); console.log(label, ((performance.now() - t0) / 5).toFixed(1), "ms"); };
const users = await db.$queryRawUnsafe<{ id: string; n: number }[]>(`select u.id, (select count(*) from ReviewLog r where r.userId=u.id) n from user u where role='candidate' order by n`);
const pick = (n: number) => users.find((u) => Number(u.n) === n)!.id;
const cohorts = await db.cohort.findMany({ orderBy: { name: "asc" } });
for (const n of [300, 3000, 30000]) {
  const id = pick(n);
  await t(`progress ${n}`, () => progressOf(id));
  await t(`planOrder ${n}`, () => planOrderFor(db, id));
  await t(`queue ${n}`, async () => queueFor(db, id, new Date(), { planOrder: await planOrderFor(db, id) }));
  const q = await queueFor(db, id, new Date(), { planOrder: await planOrderFor(db, id) });
  await t(`cards ${n} (${q.dueIds.length}+${q.newIds.length})`, () => loadCardContents([...q.dueIds, ...q.newIds]));
}
for (const c of cohorts) await t(`cohort ${c.name}`, () => cohortDashboard(c.id));
