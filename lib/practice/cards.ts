import "server-only";
import { db } from "@/lib/db";
import { clozeBack, clozeFront, parseCloze } from "@/lib/content/cloze";

export type CardContent =
  | { id: string; kind: "question"; questionId: string; level: string; titleZh: string; titleEn: string; stem: string | null; keyPoints: string[]; pitfall: string; followUps: string[] }
  | { id: string; kind: "formula"; questionId: string | null; level: string; title: string; front: string; back: string; hiddenParts: number; caption: string | null; ownerKind: string; ownerId: string };

/** What a review card shows, front and back, for the given card ids (order kept). */
export async function loadCardContents(ids: string[]): Promise<CardContent[]> {
  if (!ids.length) return [];
  const cards = await db.card.findMany({ where: { id: { in: ids } } });
  const questionIds = cards.filter((c) => c.kind === "question").map((c) => c.questionId!);
  const formulaIds = cards.filter((c) => c.kind === "formula").map((c) => c.formulaId!);
  const [questions, formulas] = await Promise.all([
    db.question.findMany({ where: { id: { in: questionIds } } }),
    db.formulaCard.findMany({ where: { id: { in: formulaIds } } }),
  ]);
  const q = new Map(questions.map((x) => [x.id, x]));
  const f = new Map(formulas.map((x) => [x.id, x]));
  const out: CardContent[] = [];
  for (const id of ids) {
    const card = cards.find((c) => c.id === id);
    if (!card) continue;
    if (card.kind === "question") {
      const question = q.get(card.questionId!);
      if (!question) continue;
      out.push({
        id, kind: "question", questionId: question.id, level: question.level, titleZh: question.titleZh, titleEn: question.titleEn,
        stem: question.stem, keyPoints: question.keyPoints as string[], pitfall: question.pitfall, followUps: question.followUps as string[],
      });
    } else {
      const formula = f.get(card.formulaId!);
      if (!formula) continue;
      const parts = parseCloze(formula.latex);
      out.push({
        id, kind: "formula", questionId: card.questionId, level: card.level, title: formula.title,
        front: clozeFront(parts),
        back: clozeBack(parts),
        hiddenParts: parts.filter((p) => p.hidden).length, caption: formula.caption, ownerKind: formula.ownerKind, ownerId: formula.ownerId,
      });
    }
  }
  return out;
}
