import { StoredHtml } from "@/components/markdown/stored-html";
import { LevelBadge } from "@/components/content/level-badge";
import type { CardContent } from "@/lib/practice/cards";

export type CardFaces = {
  id: string;
  kind: "question" | "formula";
  questionId: string | null;
  front: React.ReactNode;
  points: React.ReactNode[]; // one per rubric checkbox
  pitfall: React.ReactNode | null;
  extra: React.ReactNode | null; // follow-ups, caption
};

/** Faces of a card from the HTML rendered at ingest (KaTeX included): the client only shows and hides them. */
export function cardFaces(card: CardContent, locale: string, labels: { hiddenPart: string; followUps: string }): CardFaces {
  if (card.kind === "question") {
    return {
      id: card.id,
      kind: "question",
      questionId: card.questionId,
      front: (
        <div>
          <div className="mb-2"><LevelBadge level={card.level} /></div>
          <h2 className="text-xl font-semibold" lang="zh-CN">{card.titleZh}</h2>
          {locale === "en" && <p className="mt-1 text-muted" lang="en">{card.titleEn}</p>}
          {card.faces.stem && <StoredHtml className="prose mt-3" html={card.faces.stem} locale={locale} />}
        </div>
      ),
      points: card.faces.keyPoints.map((p, i) => <StoredHtml key={i} className="prose prose-p:my-0" html={p} locale={locale} />),
      pitfall: <StoredHtml className="prose prose-p:my-0" html={card.faces.pitfall} locale={locale} />,
      extra: card.faces.followUps.length ? (
        <div>
          <h3 className="mb-1 text-sm font-semibold text-muted">{labels.followUps}</h3>
          <ul className="list-disc pl-5">{card.faces.followUps.map((f, i) => <li key={i}><StoredHtml className="prose prose-p:my-0" html={f} locale={locale} /></li>)}</ul>
        </div>
      ) : null,
    };
  }
  return {
    id: card.id,
    kind: "formula",
    questionId: card.questionId,
    front: (
      <div>
        <h2 className="text-xl font-semibold">{card.title}</h2>
        <StoredHtml className="prose mt-3" html={card.faces.front} locale={locale} />
      </div>
    ),
    points: Array.from({ length: card.faces.hiddenParts }, (_, i) => <span key={i}>{labels.hiddenPart.replace("{n}", String(i + 1))}</span>),
    pitfall: null,
    extra: (
      <div>
        <StoredHtml className="prose" html={card.faces.back} locale={locale} />
        {card.faces.caption && <StoredHtml className="prose text-sm" html={card.faces.caption} locale={locale} />}
      </div>
    ),
  };
}
