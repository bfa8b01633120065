/**
 * What a review, drill or mock page shows of a question, formula card or probe, as HTML rendered
 * once at ingest (lib/markdown/content-html.ts). Pure.
 */
import { z } from "zod";
import { formulaMarkdown, renderContentHtml } from "../markdown/content-html.ts";
import { clozeBack, clozeFront, parseCloze } from "./cloze.ts";

export const questionFacesSchema = z.object({
  stem: z.string().nullable(),
  keyPoints: z.array(z.string()),
  pitfall: z.string(),
  followUps: z.array(z.string()),
});
export type QuestionFaces = z.infer<typeof questionFacesSchema>;

export const formulaFacesSchema = z.object({ front: z.string(), back: z.string(), caption: z.string().nullable(), hiddenParts: z.number() });
export type FormulaFaces = z.infer<typeof formulaFacesSchema>;

export const probeFacesSchema = z.object({ rubric: z.array(z.string()), redFlags: z.array(z.string()) });
export type ProbeFaces = z.infer<typeof probeFacesSchema>;

export function probeFaces(p: { rubric: string[]; redFlags: string[] }): ProbeFaces {
  return { rubric: p.rubric.map(renderContentHtml), redFlags: p.redFlags.map(renderContentHtml) };
}

export function questionFaces(q: { stem: string | null; keyPoints: string[]; pitfall: string; followUps: string[] }): QuestionFaces {
  return {
    stem: q.stem ? renderContentHtml(q.stem) : null,
    keyPoints: q.keyPoints.map(renderContentHtml),
    pitfall: renderContentHtml(q.pitfall),
    followUps: q.followUps.map(renderContentHtml),
  };
}

export function formulaFaces(card: { latex: string; caption: string | null }): FormulaFaces {
  const parts = parseCloze(card.latex);
  return {
    front: renderContentHtml(formulaMarkdown(clozeFront(parts))),
    back: renderContentHtml(formulaMarkdown(clozeBack(parts))),
    caption: card.caption ? renderContentHtml(card.caption) : null,
    hiddenParts: parts.filter((p) => p.hidden).length,
  };
}

export const exerciseFacesSchema = z.object({ task: z.string(), signature: z.string(), examples: z.string(), hints: z.array(z.string()), explanation: z.string() });
export type ExerciseFaces = z.infer<typeof exerciseFacesSchema>;

export function exerciseFaces(e: { task: string; signature: string; examples: string; hints: string[]; explanation: string }): ExerciseFaces {
  return { task: renderContentHtml(e.task), signature: renderContentHtml(e.signature), examples: renderContentHtml(e.examples), hints: e.hints.map(renderContentHtml), explanation: renderContentHtml(e.explanation) };
}
