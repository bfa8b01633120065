import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { listQuestions, type QuestionFilter } from "@/lib/content/queries";
import { LEVELS } from "@/lib/content/schema";
import { loadSettings, scheduleParams } from "@/lib/practice/review-service";
import { sessionCards } from "@/lib/practice/session-queries";
import { shuffled } from "@/lib/practice/shuffle";
import { PageHeader } from "@/components/ui/page-header";
import { inputLimits } from "@/lib/forms/limits";
import { gradeSchema } from "@/lib/practice/grade-schema";
import { DrillSession } from "@/components/practice/drill-session";
import { sessionLabels } from "@/components/practice/session-labels";
import { checkLabels } from "@/components/checks/check-labels-server";
import { CHECK_TYPES, type CheckType } from "@/lib/content/schema";
import { myAssignments } from "@/lib/mentor/queries";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const DRILL_SIZE = 20;

/** Practice a selection outside the schedule; nothing is recorded unless the user asks. */
export default async function DrillPage({ params, searchParams }: PageProps<"/[locale]/drill">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  // `id`: one question, from its page's "answer it first" link.
  const filter = { id: first(sp.id)?.slice(0, 200), level: LEVELS.find((l) => l === first(sp.level)), direction: first(sp.direction), topic: first(sp.topic), q: first(sp.q)?.slice(0, 200) };
  // `kind=checks`: the selection's checks instead of its questions, optionally of one `type`.
  const checksOnly = first(sp.kind) === "checks";
  const type = CHECK_TYPES.find((x) => x === first(sp.type));
  // `assignment`: the checks a mentor assigned, answers recorded so the mentor sees progress.
  const assignmentId = first(sp.assignment)?.slice(0, 64);
  const query = new URLSearchParams(Object.entries({ ...filter, kind: checksOnly ? "checks" : undefined, type, assignment: assignmentId }).filter(([, v]) => v) as [string, string][]).toString();
  const user = await requirePageUser(`/drill${query ? `?${query}` : ""}`);
  const t = await getTranslations({ locale, namespace: "drill" });
  const now = new Date();
  const ids = assignmentId ? await assignedChecks(user.id, assignmentId) : await selectionCards(filter, checksOnly, type);
  const settings = await loadSettings(db, user.id);
  const cards = await sessionCards(user.id, shuffled(ids, now.getTime() % 100_000).slice(0, DRILL_SIZE), now, scheduleParams(settings, null));
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { count: cards.length })} />
      <DrillSession cards={cards} serverNow={now.toISOString()} locale={locale} answerLimits={inputLimits(gradeSchema, "answer")} labels={await sessionLabels(locale)} checkLabels={await checkLabels(locale)} recordFirst={!!assignmentId} />
    </>
  );
}

/** Card ids of a selection of the bank: its questions, or their checks (of one type). */
async function selectionCards(filter: QuestionFilter, checksOnly: boolean, type: CheckType | undefined): Promise<string[]> {
  const questions = await listQuestions(filter);
  if (!checksOnly) return questions.map((q) => `q:${q.id}`);
  const checks = await db.check.findMany({ where: { questionId: { in: questions.map((q) => q.id) }, retiredAt: null, ...(type ? { type } : {}) }, select: { id: true } });
  return checks.map((c) => `c:${c.id}`);
}

/** The check cards of one of the user's own assignments; none for anyone else's. */
async function assignedChecks(userId: string, assignmentId: string): Promise<string[]> {
  const assignment = (await myAssignments(userId)).find((a) => a.id === assignmentId);
  return assignment?.cards.filter((c) => c.startsWith("c:")) ?? [];
}
