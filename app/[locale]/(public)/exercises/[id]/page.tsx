import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getExercise, listExerciseIds } from "@/lib/exercises/queries";
import { paperIdsByArxiv, questionTitles } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { StoredHtml } from "@/components/markdown/stored-html";
import { LevelBadge } from "@/components/content/level-badge";
import { SourceList } from "@/components/content/source-list";
import { Workbench, type WorkbenchLabels } from "@/components/exercises/workbench";

const LABEL_KEYS = ["editor", "run", "running", "loading", "reset", "resetConfirm", "showSolution", "solution", "passed", "allPassed", "timeout", "failed", "output", "pass", "fail", "error", "hint", "explanation"] as const;

export async function generateStaticParams() {
  return (await listExerciseIds()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/exercises/[id]">) {
  const { locale, id } = await params;
  const e = await getExercise(id);
  return e ? { title: pick(locale, e.titleZh, e.titleEn) } : {};
}

/** One exercise: the task and its examples, the editor, the tests run in the browser. */
export default async function ExercisePage({ params }: PageProps<"/[locale]/exercises/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const e = await getExercise(id);
  if (!e) notFound();
  const [t, titles, paperIds] = await Promise.all([getTranslations({ locale, namespace: "exercises" }), questionTitles(e.questions), paperIdsByArxiv()]);
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t(`bench.${k}`)])) as WorkbenchLabels;
  return (
    <article>
      <p className="mb-2 flex flex-wrap items-center gap-2 text-sm"><LevelBadge level={e.level} /><Link href="/exercises">{t("back")}</Link></p>
      <h1 className="text-2xl font-semibold">{e.titleZh}</h1>
      {locale === "en" && <p className="text-muted" lang="en">{e.titleEn}</p>}
      <StoredHtml className="prose mt-4" html={e.faces.task} locale={locale} />
      <h2 className="mt-6 text-lg font-semibold">{t("signature")}</h2>
      <StoredHtml className="prose" html={e.faces.signature} locale={locale} />
      <h2 className="mt-6 text-lg font-semibold">{t("examples")}</h2>
      <StoredHtml className="prose" html={e.faces.examples} locale={locale} />
      <details className="mt-4 rounded border border-line p-3 text-sm">
        <summary>{t("hints", { n: e.faces.hints.length })}</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-5">{e.faces.hints.map((h, i) => <li key={i}><StoredHtml className="prose prose-p:my-0" html={h} locale={locale} /></li>)}</ol>
      </details>
      <Workbench
        exerciseId={e.id} starter={e.starter} solution={e.solution} tests={e.tests} labels={labels}
        explanation={<StoredHtml className="prose" html={e.faces.explanation} locale={locale} />}
      />
      <section className="mt-8 text-sm" aria-labelledby="drills">
        <h2 id="drills" className="mb-1 font-semibold">{t("drills")}</h2>
        <ul className="list-disc pl-5">{e.questions.map((q) => <li key={q}><Link href={`/questions/${q}`}>{titles.get(q) ? pick(locale, titles.get(q)!.titleZh, titles.get(q)!.titleEn) : q}</Link></li>)}</ul>
      </section>
      <section className="mt-6" aria-labelledby="sources">
        <h2 id="sources" className="mb-1 text-sm font-semibold">{t("sources")}</h2>
        <SourceList sources={e.sources} paperIds={paperIds} />
      </section>
    </article>
  );
}
