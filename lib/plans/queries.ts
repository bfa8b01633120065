import "server-only";
import { db } from "@/lib/db";
import { learned } from "@/lib/practice/card-state";
import { fromStoredDate } from "@/lib/time/calendar-date";
import { moduleProgress, nextStep, planCalendar, planCoverage, type CardProgress } from "./progress";
import { studyDate } from "@/lib/time/study-day";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zone";
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

type Reader = { userId: string; settings: { interviewDate: Date | null; timeZone: string } | null; notesRead: Set<string> };

async function readerOf(userId: string): Promise<Reader> {
  const [settings, notes] = await Promise.all([
    db.studySettings.findUnique({ where: { userId }, select: { interviewDate: true, timeZone: true } }),
    db.noteRead.findMany({ where: { userId }, select: { noteSlug: true } }),
  ]);
  return { userId, settings, notesRead: new Set(notes.map((n) => n.noteSlug)) };
}

async function cardProgress(userId: string, questions: string[]): Promise<Map<string, CardProgress>> {
  const states = await db.cardState.findMany({ where: { userId, cardId: { in: questions.map((q) => `q:${q}`) }, ...learned }, select: { cardId: true, stability: true, due: true } });
  return new Map(states.map((s) => [s.cardId, { stability: s.stability, due: s.due }]));
}

/** The caller's enrollment and progress in a plan (the caller is always the user passed in). */
export async function myPlanProgress(userId: string, slug: string) {
  const plan = await getPlan(slug);
  if (!plan) return null;
  const [enrollment, reader, states] = await Promise.all([
    db.planEnrollment.findUnique({ where: { userId_planSlug: { userId, planSlug: slug } } }),
    readerOf(userId),
    cardProgress(userId, plan.modules.flatMap((m) => m.questions)),
  ]);
  const zone = reader.settings?.timeZone ?? DEFAULT_TIME_ZONE;
  const interviewDate = reader.settings?.interviewDate ? fromStoredDate(reader.settings.interviewDate) : null;
  const modules = moduleProgress(plan.modules, states, reader.notesRead);
  const live = enrollment && enrollment.status !== "left";
  return {
    enrollment: enrollment && { status: enrollment.status, startedAt: enrollment.startedAt.toISOString() },
    interviewDate,
    modules,
    next: nextStep(plan.modules, states, reader.notesRead),
    calendar: live ? planCalendar(plan.modules, modules, studyDate(enrollment.startedAt, zone), studyDate(new Date(), zone), interviewDate) : null,
  };
}

/** The caller's plans (active or paused) and how much of each is covered, for /plans. */
export async function myPlans(userId: string) {
  const enrollments = await db.planEnrollment.findMany({ where: { userId, status: { in: ["active", "paused"] } }, select: { planSlug: true, status: true } });
  if (!enrollments.length) return [];
  const [plans, reader] = await Promise.all([db.plan.findMany({ where: { slug: { in: enrollments.map((e) => e.planSlug) }, retiredAt: null } }), readerOf(userId)]);
  const modulesOf = new Map(plans.map((p) => [p.slug, planModules(p.modules, `plan ${p.slug}`)]));
  const states = await cardProgress(userId, [...modulesOf.values()].flat().flatMap((m) => m.questions));
  return enrollments
    .filter((e) => modulesOf.has(e.planSlug))
    .map((e) => ({ slug: e.planSlug, status: e.status, coverage: planCoverage(moduleProgress(modulesOf.get(e.planSlug)!, states, reader.notesRead)) }));
}
