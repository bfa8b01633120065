import { Markdown } from "@/components/markdown/markdown";
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

/** Server-rendered faces of a card: KaTeX runs here, the client only shows and hides them. */
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
          {card.stem && <Markdown className="prose mt-3">{card.stem}</Markdown>}
        </div>
      ),
      points: card.keyPoints.map((p, i) => <Markdown key={i} className="prose prose-p:my-0">{p}</Markdown>),
      pitfall: <Markdown className="prose prose-p:my-0">{card.pitfall}</Markdown>,
      extra: card.followUps.length ? (
        <div>
          <h3 className="mb-1 text-sm font-semibold text-muted">{labels.followUps}</h3>
          <ul className="list-disc pl-5">{card.followUps.map((f, i) => <li key={i}><Markdown className="prose prose-p:my-0">{f}</Markdown></li>)}</ul>
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
        <Markdown className="prose mt-3">{`$$\n${card.front}\n$$`}</Markdown>
      </div>
    ),
    points: Array.from({ length: card.hiddenParts }, (_, i) => <span key={i}>{labels.hiddenPart.replace("{n}", String(i + 1))}</span>),
    pitfall: null,
    extra: (
      <div>
        <Markdown className="prose">{`$$\n${card.back}\n$$`}</Markdown>
        {card.caption && <Markdown className="prose text-sm">{card.caption}</Markdown>}
      </div>
    ),
  };
}
