import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getPlan, listPlans } from "@/lib/plans/queries";
import { listNotes } from "@/lib/content/queries";
import { db } from "@/lib/db";
import { pick } from "@/lib/i18n-text";
import { Markdown } from "@/components/markdown/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { PlanPanel } from "./_components/plan-panel";
import { ChineseBodyNote } from "@/components/content/chinese-body-note";

const PANEL_KEYS = [
  "start", "targetDate", "targetHint", "pause", "resume", "leave", "leaveConfirm", "signIn", "status", "active", "paused", "left", "next",
  "interviewOn", "notesRead", "seen", "mastered", "calendar", "expected", "actual", "ahead", "onTrack", "behind", "done", "squeezed",
] as const;

export async function generateStaticParams() {
  return (await listPlans()).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/plans/[slug]">) {
  const { locale, slug } = await params;
  const p = await getPlan(slug);
  return p ? { title: pick(locale, p.titleZh, p.titleEn) } : {};
}

/** Static for everyone; the signed-in user's progress and buttons load in PlanPanel. */
export default async function PlanPage({ params }: PageProps<"/[locale]/plans/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const plan = await getPlan(slug);
  if (!plan) notFound();
  const t = await getTranslations({ locale, namespace: "plans" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const [notes, questions] = await Promise.all([
    listNotes(),
    db.question.findMany({ where: { id: { in: plan.modules.flatMap((m) => m.questions) } }, select: { id: true, titleZh: true, titleEn: true, level: true } }),
  ]);
  const noteTitle = new Map(notes.map((n) => [n.slug, pick(locale, n.titleZh, n.titleEn)]));
  const question = new Map(questions.map((q) => [q.id, q]));
  const days = plan.modules.reduce((n, m) => n + m.days, 0);
  return (
    <article>
      <PageHeader title={pick(locale, plan.titleZh, plan.titleEn)} intro={pick(locale, plan.summaryZh, plan.summaryEn)}>
        <p className="mt-3 flex flex-wrap gap-2 text-xs">
          <Badge>{t("length", { days, weeks: Math.round(days / 7) })}</Badge>
          {plan.audiences.map((a) => <Badge key={a} tone="accent">{t(`audience.${a}`)}</Badge>)}
          <Link href={`/directions/${plan.direction}`} className="text-sm">{t("direction")} →</Link>
        </p>
        <p className="mt-2 text-sm">{pick(locale, plan.audienceNoteZh, plan.audienceNoteEn)}</p>
      </PageHeader>
      <ChineseBodyNote locale={locale} text={tc("chineseBody")} />
      <PlanPanel
        slug={plan.slug} locale={locale}
        modules={plan.modules.map((m) => ({ id: m.id, title: pick(locale, m.title.zh, m.title.en) }))}
        labels={{ ...(Object.fromEntries(PANEL_KEYS.map((k) => [k, t.raw(k)])) as Record<(typeof PANEL_KEYS)[number], string>), read: t.raw("nextRead"), learn: t.raw("nextLearn"), review: t("nextReview"), complete: t("nextComplete"), progress: t("moduleProgress") }}
      />
      {plan.body && <Markdown className="prose mt-6">{plan.body}</Markdown>}
      <ol className="mt-8 space-y-6">
        {plan.modules.map((m, i) => (
          <li key={m.id} id={`module-${m.id}`} className="rounded-lg border border-line p-4">
            <h2 className="text-lg font-semibold">{i + 1}. {pick(locale, m.title.zh, m.title.en)} <span className="text-sm font-normal text-muted">· {t("daysN", { n: m.days })}</span></h2>
            <p className="mt-1 text-sm">{pick(locale, m.goal.zh, m.goal.en)}</p>
            {m.notes.length > 0 && (
              <p className="mt-3 text-sm"><span className="text-muted">{t("read")}: </span>
                {m.notes.map((n, j) => <span key={n}>{j ? " · " : ""}<Link href={`/notes/${n}`} className="underline">{noteTitle.get(n) ?? n}</Link></span>)}
              </p>
            )}
            <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
              {m.questions.map((q) => {
                const item = question.get(q);
                return <li key={q}><Link href={`/questions/${q}`}>{item ? `${item.level} · ${pick(locale, item.titleZh, item.titleEn)}` : q}</Link></li>;
              })}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  );
}
