/** Progress through a plan: per module, cards seen and mastered, and the next step. Pure. */

// A card is mastered once FSRS expects to remember it for three weeks.
export const MASTERED_STABILITY_DAYS = 21;

export type PlanModule = { id: string; title: { zh: string; en: string }; goal: { zh: string; en: string }; days: number; notes: string[]; questions: string[] };
export type CardProgress = { stability: number; due: Date };

export type ModuleProgress = { id: string; total: number; seen: number; mastered: number; done: boolean };

export function moduleProgress(modules: PlanModule[], states: Map<string, CardProgress>): ModuleProgress[] {
  return modules.map((m) => {
    const cards = m.questions.map((q) => states.get(`q:${q}`));
    const seen = cards.filter(Boolean).length;
    const mastered = cards.filter((c) => c && c.stability >= MASTERED_STABILITY_DAYS).length;
    return { id: m.id, total: m.questions.length, seen, mastered, done: mastered === m.questions.length };
  });
}

export type NextStep =
  | { kind: "read"; moduleId: string; note: string }
  | { kind: "learn"; moduleId: string; question: string }
  | { kind: "review"; moduleId: string; question: string }
  | { kind: "complete" };

/**
 * The next thing to do: in the first module not yet mastered — read its first note (until
 * any of its questions was seen), learn its first unseen question, else review the weakest one.
 */
export function nextStep(modules: PlanModule[], states: Map<string, CardProgress>): NextStep {
  for (const m of modules) {
    const unmastered = m.questions.filter((q) => (states.get(`q:${q}`)?.stability ?? 0) < MASTERED_STABILITY_DAYS);
    if (!unmastered.length) continue;
    const seenAny = m.questions.some((q) => states.has(`q:${q}`));
    if (!seenAny && m.notes[0]) return { kind: "read", moduleId: m.id, note: m.notes[0] };
    const unseen = unmastered.find((q) => !states.has(`q:${q}`));
    if (unseen) return { kind: "learn", moduleId: m.id, question: unseen };
    const weakest = [...unmastered].sort((a, b) => states.get(`q:${a}`)!.stability - states.get(`q:${b}`)!.stability)[0]!;
    return { kind: "review", moduleId: m.id, question: weakest };
  }
  return { kind: "complete" };
}

/** New-card order contributed by a plan: its questions, module by module. */
export function planQuestionOrder(modules: PlanModule[]): string[] {
  return modules.flatMap((m) => m.questions);
}
