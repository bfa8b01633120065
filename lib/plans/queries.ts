import "server-only";
import { db } from "@/lib/db";
import { learned } from "@/lib/practice/card-state";
import { fromStoredDate } from "@/lib/time/calendar-date";
import { moduleProgress, nextStep, type CardProgress } from "./progress";
import { planModules } from "@/lib/content/columns";
import { strings } from "@/lib/db/json";

export async function listPlans() {
  const rows = await db.plan.findMany({ where: { retiredAt: null } });
  const order = new Map((await db.direction.findMany({ select: { slug: true, order: true } })).map((d) => [d.slug, d.order]));
  return rows
    .map((p) => ({ ...p, modules: planModules(p.modules, `plan ${p.slug}`), audiences: strings(p.audiences) }))
    .sort((a, b) => (order.get(a.direction) ?? 99) - (order.get(b.direction) ?? 99));
}

export async function getPlan(slug: string) {
  const p = await db.plan.findFirst({ where: { slug, retiredAt: null } });
  return p && { ...p, modules: planModules(p.modules, `plan ${p.slug}`), audiences: strings(p.audiences) };
}

/** The caller's enrollment and progress in a plan (the caller is always the user passed in). */
export async function myPlanProgress(userId: string, slug: string) {
  const plan = await getPlan(slug);
  if (!plan) return null;
  const ids = plan.modules.flatMap((m) => m.questions.map((q) => `q:${q}`));
  const [enrollment, settings, states] = await Promise.all([
    db.planEnrollment.findUnique({ where: { userId_planSlug: { userId, planSlug: slug } } }),
    db.studySettings.findUnique({ where: { userId }, select: { interviewDate: true } }),
    db.cardState.findMany({ where: { userId, cardId: { in: ids }, ...learned }, select: { cardId: true, stability: true, due: true } }),
  ]);
  const map = new Map<string, CardProgress>(states.map((s) => [s.cardId, { stability: s.stability, due: s.due }]));
  return {
    enrollment: enrollment && { status: enrollment.status, startedAt: enrollment.startedAt.toISOString() },
    interviewDate: settings?.interviewDate ? fromStoredDate(settings.interviewDate) : null,
    modules: moduleProgress(plan.modules, map),
    next: nextStep(plan.modules, map),
  };
}
