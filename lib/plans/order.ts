/**
 * The order in which new cards are introduced for a user: the questions of their active
 * plans (oldest start first, module by module), then those of their assignments (earliest
 * due first); each question followed by its formula cards, and a track's `checks:` items by
 * that question's checks. Cards outside them follow in
 * default order (see queueFor).
 */
import type { Db } from "../db/client.ts";
import { planQuestionOrder } from "./progress.ts";
import { planModules } from "../content/columns.ts";
import { trackItems } from "../mentor/schema.ts";
import { assignmentsFor } from "../mentor/assignments.ts";

type Item = { kind: "question" | "note" | "checks"; id: string };

export async function planOrderFor(db: Db, userId: string): Promise<string[]> {
  const [enrollments, assignments] = await Promise.all([
    db.planEnrollment.findMany({ where: { userId, status: "active" }, orderBy: { startedAt: "asc" } }),
    assignmentsFor(db, userId),
  ]);
  const planSlugs = [...enrollments.map((e) => e.planSlug), ...assignments.filter((a) => a.kind === "plan").map((a) => a.planSlug!)];
  if (!planSlugs.length && !assignments.length) return [];
  const plans = new Map((await db.plan.findMany({ where: { slug: { in: planSlugs }, retiredAt: null } })).map((p) => [p.slug, planModules(p.modules, `plan ${p.slug}`)]));

  const items: Item[] = [];
  for (const e of enrollments) for (const q of planQuestionOrder(plans.get(e.planSlug) ?? [])) items.push({ kind: "question", id: q });
  for (const a of assignments) {
    if (a.kind === "plan") for (const q of planQuestionOrder(plans.get(a.planSlug!) ?? [])) items.push({ kind: "question", id: q });
    else items.push(...trackItems(a.items));
  }
  if (!items.length) return [];

  const [formulas, checks] = await Promise.all([
    db.card.findMany({
      where: { kind: "formula", retiredAt: null, OR: [{ questionId: { in: items.filter((i) => i.kind === "question").map((i) => i.id) } }, { formulaId: { startsWith: "note:" } }] },
      select: { id: true, questionId: true, formulaId: true },
      orderBy: { order: "asc" },
    }),
    db.card.findMany({ where: { kind: "check", retiredAt: null, questionId: { in: items.filter((i) => i.kind === "checks").map((i) => i.id) } }, select: { id: true, questionId: true }, orderBy: { order: "asc" } }),
  ]);
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      order.push(id);
    }
  };
  for (const item of items) {
    if (item.kind === "question") {
      add(`q:${item.id}`);
      for (const f of formulas) if (f.questionId === item.id) add(f.id);
    } else if (item.kind === "checks") {
      for (const c of checks) if (c.questionId === item.id) add(c.id);
    } else {
      for (const f of formulas) if (f.formulaId?.startsWith(`note:${item.id}:`)) add(f.id);
    }
  }
  return order;
}
