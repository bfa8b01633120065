import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { getMock } from "@/lib/mock/queries";
import { StoredHtml } from "@/components/markdown/stored-html";
import { LevelBadge } from "@/components/content/level-badge";
import { AnswerForm } from "../_components/answer-form";
import { inputLimits } from "@/lib/forms/limits";
import { answerSchema } from "@/lib/mock/schema";
import { RubricForm } from "../_components/rubric-form";

export default async function MockRunPage({ params }: PageProps<"/[locale]/mock/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/mock/${id}`);
  const mock = await getMock(user.id, id);
  if (!mock) notFound();
  const current = mock.items.find((i) => !i.gradedAt);
  if (!current) redirect({ href: `/mock/${id}/report`, locale });
  const item = current!;
  const t = await getTranslations({ locale, namespace: "mock" });
  const tr = await getTranslations({ locale, namespace: "review" });
  const q = item.question;
  return (
    <article>
      <p className="mb-2 text-sm text-muted">{t("position", { n: item.position + 1, total: mock.items.length })}</p>
      <div className="mb-2"><LevelBadge level={q.level} /></div>
      <h1 className="text-2xl font-semibold" lang="zh-CN">{q.titleZh}</h1>
      {q.faces.stem && <StoredHtml className="prose mt-3" html={q.faces.stem} locale={locale} />}
      <div className="mt-6">
        {!item.answeredAt ? (
          <AnswerForm key={item.id} mockId={mock.id} itemId={item.id} limitSec={item.timeLimitSec} answerLimits={inputLimits(answerSchema, "answer")} labels={{ answer: t("answer"), submit: t("submitAnswer"), left: t("timeLeft"), over: t("overTime") }} />
        ) : (
          <>
            <details className="mb-4 rounded border border-line p-3 text-sm">
              <summary>{t("yourAnswer")}</summary>
              <p className="mt-2 whitespace-pre-wrap">{item.answer || "—"}</p>
            </details>
            <RubricForm
              key={item.id} mockId={mock.id} itemId={item.id}
              points={q.faces.keyPoints.map((p, i) => <StoredHtml key={i} className="prose prose-p:my-0" html={p} locale={locale} />)}
              pitfall={<StoredHtml className="prose prose-p:my-0" html={q.faces.pitfall} locale={locale} />}
              labels={{ keyPoints: tr("keyPoints"), pitfall: tr("pitfall"), pitfallHit: tr("pitfallHit"), submit: t("submitGrade"), score: t("score") }}
            />
          </>
        )}
      </div>
    </article>
  );
}
