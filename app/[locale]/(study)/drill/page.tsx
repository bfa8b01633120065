import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { listQuestions } from "@/lib/content/queries";
import { LEVELS } from "@/lib/content/schema";
import { loadCardContents } from "@/lib/practice/cards";
import { loadSettings, scheduleParams, snapshotOf } from "@/lib/practice/review-service";
import { preview } from "@/lib/practice/scheduler";
import { shuffled } from "@/lib/practice/shuffle";
import { PageHeader } from "@/components/ui/page-header";
import { cardFaces } from "@/components/practice/card-faces";
import { inputLimits } from "@/lib/forms/limits";
import { gradeSchema } from "@/lib/practice/grade-schema";
import { ReviewSession, type SessionCard } from "@/components/practice/review-session";
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
  const tr = await getTranslations({ locale, namespace: "review" });
  const now = new Date();
  const questions = shuffled(await listQuestions(filter), now.getTime() % 100_000).slice(0, DRILL_SIZE);
  const ids = questions.map((q) => `q:${q.id}`);
  const [contents, states, settings] = await Promise.all([
    loadCardContents(ids),
    db.cardState.findMany({ where: { userId: user.id, cardId: { in: ids } } }),
    loadSettings(db, user.id),
  ]);
  const stateOf = new Map(states.map((s) => [s.cardId, s]));
  const schedule = scheduleParams(settings, null);
  const cards: SessionCard[] = contents.map((c) => {
    const row = stateOf.get(c.id);
    return { ...cardFaces(c, locale, { hiddenPart: tr("hiddenPart"), followUps: tr("followUps") }), version: row?.version ?? 0, preview: preview(row ? snapshotOf(row) : null, now, schedule) };
  });
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { count: cards.length })} />
      <ReviewSession key={now.toISOString()} mode="drill" cards={cards} serverNow={now.toISOString()} locale={locale} answerLimits={inputLimits(gradeSchema, "answer")} labels={await sessionLabels(locale)} />
    </>
  );
}
