/**
 * What a page may show of a check, and what the server keeps to grade it. Options and items
 * get opaque tokens and a fixed shuffled order (seeded by the check's id, so prerendered
 * pages and review cards agree); the right tokens live only in the key. Pure.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { renderContentHtml } from "../markdown/content-html.ts";
import type { CheckDoc, CheckType } from "../content/schema.ts";

export const checkFacesSchema = z.object({
  type: z.enum(["choice", "multi", "numeric", "order"]),
  prompt: z.object({ zh: z.string(), en: z.string() }),
  choices: z.array(z.object({ token: z.string(), html: z.string() })),
  unit: z.string().nullable(),
});
export type CheckFaces = z.infer<typeof checkFacesSchema>;

export const checkKeySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("choice"), right: z.array(z.string()) }),
  z.object({ type: z.literal("multi"), right: z.array(z.string()) }),
  z.object({ type: z.literal("order"), right: z.array(z.string()) }),
  z.object({ type: z.literal("numeric"), value: z.number(), tolerance: z.union([z.number(), z.string()]) }),
]);
export type CheckKey = z.infer<typeof checkKeySchema>;

const token = (checkId: string, text: string) => createHash("sha256").update(`${checkId}\0${text}`).digest("base64url").slice(0, 10);

/** A permutation of 0..n-1 from a seed (mulberry32); never the identity for n ≥ 2. */
export function seededOrder(seed: string, n: number): number[] {
  let h = createHash("sha256").update(seed).digest().readUInt32LE(0);
  const random = () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // An order item shown in its right order would give itself away: rotate by one.
  if (n >= 2 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

export function presentCheck(check: CheckDoc): { type: CheckType; faces: CheckFaces; key: CheckKey; explainHtml: string } {
  const prompt = { zh: renderContentHtml(check.prompt.zh), en: renderContentHtml(check.prompt.en) };
  const explainHtml = renderContentHtml(check.explain);
  if (check.type === "numeric") {
    return { type: check.type, faces: { type: check.type, prompt, choices: [], unit: check.unit ?? null }, key: { type: "numeric", value: check.answer, tolerance: check.tolerance }, explainHtml };
  }
  const texts = check.type === "order" ? check.items : check.options;
  const tokens = texts.map((t) => token(check.id, t));
  const choices = seededOrder(check.id, texts.length).map((i) => ({ token: tokens[i]!, html: renderContentHtml(texts[i]!) }));
  const right = check.type === "order" ? tokens : check.answer.map((i) => tokens[i]!);
  return { type: check.type, faces: { type: check.type, prompt, choices, unit: null }, key: { type: check.type, right }, explainHtml };
}
