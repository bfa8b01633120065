/**
 * A card as the review and drill screens get it — plain data with its faces as stored HTML, so
 * the page can hand over the first cards and every grade can bring the next one, without
 * reloading the page (which lost the session's state). Pure.
 */
import type { FormulaFaces, QuestionFaces } from "../content/faces.ts";
import type { CheckFaces } from "../checks/present.ts";
import type { RatingValue } from "./scheduler.ts";

export type SessionCard = {
  id: string;
  kind: "question" | "formula" | "check";
  questionId: string | null;
  level: string;
  title: { zh: string; en: string | null };
  faces: ({ kind: "question" } & QuestionFaces) | ({ kind: "formula" } & FormulaFaces) | ({ kind: "check"; checkId: string } & CheckFaces);
  version: number;
  preview: Record<RatingValue, string> | null;
  flagged: boolean;
};

/** How many rubric checkboxes a card has: its key points, or its hidden formula parts. */
export const rubricSize = (card: SessionCard) => (card.faces.kind === "question" ? card.faces.keyPoints.length : card.faces.kind === "formula" ? card.faces.hiddenParts : 0);
