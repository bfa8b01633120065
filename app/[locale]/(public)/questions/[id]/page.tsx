import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import {
  formulaCardsOf, getQuestion, listDirections, listQuestionIds, listTopics, paperIdsByArxiv, relatedQuestions,
} from "@/lib/content/queries";
import { stripCloze } from "@/lib/content/cloze";
import { pick } from "@/lib/i18n-text";
import { Markdown } from "@/components/markdown/markdown";
import { Badge } from "@/components/ui/badge";
import { LevelBadge } from "@/components/content/level-badge";
import { QuestionList } from "@/components/content/question-list";
import { SourceList } from "@/components/content/source-list";
import { QuestionTitle } from "@/components/content/question-title";
import { checksOf } from "@/lib/checks/queries";
import { checkLabels } from "@/components/checks/check-labels-server";
import { PageCheck } from "@/components/checks/page-check";
import { exercisesFor } from "@/lib/exercises/queries";

export async function generateStaticParams() {
  return (await listQuestionIds()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/questions/[id]">) {
  const { locale, id } = await params;
  const q = await getQuestion(id);
  return q ? { title: pick(locale, q.titleZh, q.titleEn) } : {};
}

export default async function QuestionPage({ params }: PageProps<"/[locale]/questions/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const q = await getQuestion(id);
  if (!q) notFound();
  const t = await getTranslations({ locale, namespace: "questions" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const [directions, topics, related, cards, paperIds, checks, tk, labels, exercises, te] = await Promise.all([
    listDirections(), listTopics(), relatedQuestions(q.id, q.topicIds), formulaCardsOf("question", q.id), paperIdsByArxiv(),
    checksOf(q.id), getTranslations({ locale, namespace: "checks" }), checkLabels(locale), exercisesFor(q.id), getTranslations({ locale, namespace: "exercises" }),
  ]);
  const directionLabel = new Map(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]));
  const topicLabel = new Map(topics.map((x) => [x.id, pick(locale, x.zh, x.en)]));
  return (
    <article>
      <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
        <LevelBadge level={q.level} />
        {q.directionSlugs.map((slug) => (
          <Link key={slug} href={`/directions/${slug}`} className="text-muted hover:text-accent">
            {directionLabel.get(slug) ?? slug}
          </Link>
        ))}
      </div>
      <QuestionTitle zh={q.titleZh} en={q.titleEn} locale={locale} note={tc("chineseBody")} />
      <ul className="mt-3 flex flex-wrap gap-2" aria-label={t("topic")}>
        {q.topicIds.map((topic) => (
          <li key={topic}>
            <Link href={`/questions?topic=${topic}`} className="text-xs">
              <Badge>{topicLabel.get(topic) ?? topic}</Badge>
            </Link>
          </li>
        ))}
      </ul>
      {q.stem && (
        <section className="mt-6" aria-labelledby="stem">
          <h2 id="stem" className="sr-only">{t("stem")}</h2>
          <Markdown>{q.stem}</Markdown>
        </section>
      )}
      <p className="mt-6">
        <Link href={`/drill?id=${q.id}`} className="rounded border border-accent px-3 py-1 text-sm text-accent">
          {t("drillOne")}
        </Link>
      </p>
      {checks.length > 0 && (
        <section className="mt-8" aria-labelledby="checks">
          <h2 id="checks" className="text-lg font-semibold">{tk("title")}</h2>
          <p className="mb-3 text-sm text-muted">{tk("intro")}</p>
          <ol className="space-y-6">
            {checks.map((c, i) => (
              <li key={c.id} className="rounded-lg border border-line p-4" aria-label={`${tk("title")} ${i + 1}`}>
                <PageCheck checkId={c.id} faces={c.faces} locale={locale} labels={labels} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {/* <details> reveals without any JavaScript and is keyboard-operable by default. */}
      <details className="mt-8 rounded-lg border border-line p-4 open:bg-surface-2">
        <summary className="cursor-pointer font-medium text-accent">{t("reveal")}</summary>
        <h2 className="mt-4 text-lg font-semibold">{t("keyPoints")}</h2>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {q.keyPoints.map((point, i) => (
            <li key={i}>
              <Markdown className="prose prose-p:my-0">{point}</Markdown>
            </li>
          ))}
        </ol>
        <h2 className="mt-6 text-lg font-semibold">{t("pitfall")}</h2>
        <Markdown>{q.pitfall}</Markdown>
        <h2 className="mt-6 text-lg font-semibold">{t("followUps")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {q.followUps.map((f, i) => (
            <li key={i}>
              <Markdown className="prose prose-p:my-0">{f}</Markdown>
            </li>
          ))}
        </ul>
        {q.detail && (
          <>
            <h2 className="mt-6 text-lg font-semibold">{t("detail")}</h2>
            <Markdown>{q.detail}</Markdown>
          </>
        )}
        {cards.length > 0 && (
          <>
            <h2 className="mt-6 text-lg font-semibold">{t("formulaCards")}</h2>
            {cards.map((c) => (
              <div key={c.id} className="mt-3">
                <h3 className="font-medium">{c.title}</h3>
                <Markdown>{`$$\n${stripCloze(c.latex)}\n$$${c.caption ? `\n\n${c.caption}` : ""}`}</Markdown>
              </div>
            ))}
          </>
        )}
      </details>
      {exercises.length > 0 && (
        <section className="mt-8" aria-labelledby="exercises">
          <h2 id="exercises" className="mb-2 text-lg font-semibold">{te("title")}</h2>
          <ul className="list-disc space-y-1 pl-6 text-sm" data-testid="question-exercises">
            {exercises.map((e) => <li key={e.id}><Link href={`/exercises/${e.id}`}>{pick(locale, e.titleZh, e.titleEn)}</Link> <span className="text-muted">{e.level}</span></li>)}
          </ul>
        </section>
      )}
      <section className="mt-8" aria-labelledby="sources">
        <h2 id="sources" className="mb-2 text-lg font-semibold">{t("sources")}</h2>
        <SourceList sources={q.sources} paperIds={paperIds} />
      </section>
      {related.length > 0 && (
        <section className="mt-8" aria-labelledby="related">
          <h2 id="related" className="mb-2 text-lg font-semibold">{t("related")}</h2>
          <QuestionList locale={locale} questions={related} />
        </section>
      )}
    </article>
  );
}
