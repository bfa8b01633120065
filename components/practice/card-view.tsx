import { StoredHtml } from "@/components/markdown/stored-html";
import { LevelBadge } from "@/components/content/level-badge";
import { QuestionTitle } from "@/components/content/question-title";
import type { SessionCard } from "@/lib/practice/session-card";

type Labels = { hiddenPart: string; followUps: string; chineseBody: string };

/** The question side of a card: level, title (the English one as heading under /en), stem or formula. */
export function CardFront({ card, locale, labels }: { card: SessionCard; locale: string; labels: Labels }) {
  return (
    <div>
      <div className="mb-2 flex items-center gap-2"><LevelBadge level={card.level} /></div>
      <QuestionTitle zh={card.title.zh} en={card.title.en} locale={locale} as="h2" className="text-xl font-semibold" note={labels.chineseBody} />
      {card.faces.kind === "question" && card.faces.stem && <StoredHtml className="prose mt-3" html={card.faces.stem} locale={locale} />}
      {card.faces.kind === "formula" && <StoredHtml className="prose mt-3" html={card.faces.front} locale={locale} />}
    </div>
  );
}

/** The rubric lines of a card: its key points, or "hidden part n" for a formula. */
export function rubricLines(card: SessionCard, locale: string, labels: Labels): React.ReactNode[] {
  if (card.faces.kind === "question") return card.faces.keyPoints.map((p, i) => <StoredHtml key={i} className="prose prose-p:my-0" html={p} locale={locale} />);
  if (card.faces.kind === "check") return [];
  return Array.from({ length: card.faces.hiddenParts }, (_, i) => <span key={i}>{labels.hiddenPart.replace("{n}", String(i + 1))}</span>);
}

/** What the answer side adds: the pitfall (questions), follow-ups, or the full formula and its caption. */
export function CardBackExtra({ card, locale, labels }: { card: SessionCard; locale: string; labels: Labels }) {
  const f = card.faces;
  if (f.kind === "formula") {
    return (
      <div>
        <StoredHtml className="prose" html={f.back} locale={locale} />
        {f.caption && <StoredHtml className="prose text-sm" html={f.caption} locale={locale} />}
      </div>
    );
  }
  if (f.kind === "check" || !f.followUps.length) return null;
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold text-muted">{labels.followUps}</h3>
      <ul className="list-disc pl-5">{f.followUps.map((x, i) => <li key={i}><StoredHtml className="prose prose-p:my-0" html={x} locale={locale} /></li>)}</ul>
    </div>
  );
}
