import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { listQuestions } from "@/lib/content/queries";
import { LEVELS } from "@/lib/content/schema";
import { loadSettings, scheduleParams } from "@/lib/practice/review-service";
import { sessionCards } from "@/lib/practice/session-queries";
import { shuffled } from "@/lib/practice/shuffle";
import { PageHeader } from "@/components/ui/page-header";
import { inputLimits } from "@/lib/forms/limits";
import { gradeSchema } from "@/lib/practice/grade-schema";
import { DrillSession } from "@/components/practice/drill-session";
import { sessionLabels } from "@/components/practice/session-labels";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const DRILL_SIZE = 20;

/** Practice a selection outside the schedule; nothing is recorded unless the user asks. */
export default async function DrillPage({ params, searchParams }: PageProps<"/[locale]/drill">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  // `id`: one question, from its page's "answer it first" link.
  const filter = { id: first(sp.id)?.slice(0, 200), level: LEVELS.find((l) => l === first(sp.level)), direction: first(sp.direction), topic: first(sp.topic), q: first(sp.q)?.slice(0, 200) };
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  const user = await requirePageUser(`/drill${query ? `?${query}` : ""}`);
  const t = await getTranslations({ locale, namespace: "drill" });
  const now = new Date();
  const questions = shuffled(await listQuestions(filter), now.getTime() % 100_000).slice(0, DRILL_SIZE);
  const settings = await loadSettings(db, user.id);
  const cards = await sessionCards(user.id, questions.map((q) => `q:${q.id}`), now, scheduleParams(settings, null));
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { count: cards.length })} />
      <DrillSession cards={cards} serverNow={now.toISOString()} locale={locale} answerLimits={inputLimits(gradeSchema, "answer")} labels={await sessionLabels(locale)} />
    </>
  );
}
