import "server-only";
import { db } from "@/lib/db";
import { formulaFaces, formulaFacesSchema, questionFaces, questionFacesSchema, type FormulaFaces, type QuestionFaces } from "@/lib/content/faces";
import { strings } from "@/lib/db/json";
import { checkFacesSchema, type CheckFaces } from "@/lib/checks/present";

export type CardContent =
  | { id: string; kind: "question"; questionId: string; level: string; titleZh: string; titleEn: string; faces: QuestionFaces }
  | { id: string; kind: "formula"; questionId: string | null; level: string; title: string; faces: FormulaFaces; ownerKind: string; ownerId: string }
  | { id: string; kind: "check"; questionId: string; checkId: string; level: string; titleZh: string; titleEn: string; faces: CheckFaces };

/**
 * Stored faces, checked; a row from before faces were stored (or an odd one) is rendered here
 * once instead of failing — the next ingest stores it.
 */
export function questionFacesOf(q: { id: string; faces: unknown; stem: string | null; keyPoints: unknown; pitfall: string; followUps: unknown }): QuestionFaces {
  const stored = questionFacesSchema.safeParse(q.faces);
  if (stored.success) return stored.data;
  console.warn(`question ${q.id}: no stored faces; rendering them for this request (run npm run ingest)`);
  return questionFaces({ stem: q.stem, keyPoints: strings(q.keyPoints), pitfall: q.pitfall, followUps: strings(q.followUps) });
}

function formulaFacesOf(f: { id: string; faces: unknown; latex: string; caption: string | null }): FormulaFaces {
  const stored = formulaFacesSchema.safeParse(f.faces);
  if (stored.success) return stored.data;
  console.warn(`formula card ${f.id}: no stored faces; rendering them for this request (run npm run ingest)`);
  return formulaFaces(f);
}

/** What a review card shows, front and back, for the given card ids (order kept). */
export async function loadCardContents(ids: string[]): Promise<CardContent[]> {
  if (!ids.length) return [];
  const cards = await db.card.findMany({ where: { id: { in: ids } } });
  const questionIds = cards.filter((c) => c.kind === "question").map((c) => c.questionId!);
  const formulaIds = cards.filter((c) => c.kind === "formula").map((c) => c.formulaId!);
  const checkIds = cards.filter((c) => c.kind === "check").map((c) => c.checkId!);
  const [questions, formulas, checks, checkTitles] = await Promise.all([
    db.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, level: true, titleZh: true, titleEn: true, faces: true, stem: true, keyPoints: true, pitfall: true, followUps: true } }),
    db.formulaCard.findMany({ where: { id: { in: formulaIds } } }),
    db.check.findMany({ where: { id: { in: checkIds } }, select: { id: true, faces: true } }),
    db.question.findMany({ where: { id: { in: cards.filter((c) => c.kind === "check").map((c) => c.questionId!) } }, select: { id: true, titleZh: true, titleEn: true } }),
  ]);
  const k = new Map(checks.map((x) => [x.id, x]));
  const kt = new Map(checkTitles.map((x) => [x.id, x]));
  const card = new Map(cards.map((c) => [c.id, c]));
  const q = new Map(questions.map((x) => [x.id, x]));
  const f = new Map(formulas.map((x) => [x.id, x]));
  const out: CardContent[] = [];
  for (const id of ids) {
    const c = card.get(id);
    if (!c) continue;
    if (c.kind === "question") {
      const question = q.get(c.questionId!);
      if (question) out.push({ id, kind: "question", questionId: question.id, level: question.level, titleZh: question.titleZh, titleEn: question.titleEn, faces: questionFacesOf(question) });
    } else if (c.kind === "check") {
      const check = k.get(c.checkId!);
      const faces = checkFacesSchema.safeParse(check?.faces);
      const title = kt.get(c.questionId!);
      // A check stored by an older ingest (or an odd row) is skipped, not a broken card.
      if (faces.success && title) out.push({ id, kind: "check", questionId: c.questionId!, checkId: c.checkId!, level: c.level, titleZh: title.titleZh, titleEn: title.titleEn, faces: faces.data });
    } else {
      const formula = f.get(c.formulaId!);
      if (formula) out.push({ id, kind: "formula", questionId: c.questionId, level: c.level, title: formula.title, faces: formulaFacesOf(formula), ownerKind: formula.ownerKind, ownerId: formula.ownerId });
    }
  }
  return out;
}
