/**
 * The repetition check: projects that tell the same story twice (the same pipeline, data or
 * method on another dataset) are the weakest signal a candidate can send. Each story's
 * problem and approach become a set of terms — English words of three letters or more and
 * Chinese two-character phrases, common words and pieces with a function character ("的",
 * "和", "到"…) left out — and two stories overlap when enough of the smaller one's terms appear
 * in the other (the overlap coefficient |A∩B| / min(|A|,|B|)), over the approach alone (the
 * same pipeline) or over problem and approach together (the same data too), whichever is higher.
 *
 * The threshold is set on the test pairs (overlap.test.ts): the same pipeline on another
 * dataset scores 1.0, the same pipeline told again in other words 0.53; different projects of
 * one direction (GRPO for maths vs. GRPO for a search agent or for shorter answers) 0.26 and
 * below, unrelated ones lower still.
 * Pure.
 */
import type { Story } from "./fields.ts";

/** Share of the smaller story's terms found in the other at which a pair is flagged. */
export const OVERLAP_THRESHOLD = 0.4;
/** Too few terms to judge: a story this short is not compared. */
export const MIN_TERMS = 12;

const STOP_EN = new Set("the and for with from that this into over under then than our their its are was were has have had not but use used using via per each all can will more most also only both when what which who how why".split(" "));
// Two-character pieces of ordinary Chinese prose, not of a method.
const STOP_ZH = new Set("我们 这个 一个 进行 通过 使用 可以 以及 然后 因为 所以 但是 如果 没有 就是 这些 那些 其中 之后 之前 对于 需要 问题 方法 效果 结果 数据 模型 训练".split(" "));
// Characters that glue words together: a two-character piece with one of them spans two words ("案和", "到参").
const FUNCTION_ZH = new Set("的和在是了到把被与及或就也都让而很还于以着得别其这那之".split(""));
const isTermZh = (pair: string) => !STOP_ZH.has(pair) && !FUNCTION_ZH.has(pair[0]!) && !FUNCTION_ZH.has(pair[1]!);

const textOf = (story: Story) => `${story.problem ?? ""}\n${story.approach ?? ""}`.toLowerCase();

/** The terms of a story's problem and approach. */
export const storyTerms = (story: Story) => termsOf(textOf(story));

function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of text.match(/[a-z][a-z0-9-]{2,}/g) ?? []) if (!STOP_EN.has(word)) terms.add(word);
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (isTermZh(pair)) terms.add(pair);
    }
  }
  return terms;
}

/** The overlap coefficient of two term sets: the share of the smaller one found in the other. */
export function overlapScore(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

export type Overlap = { a: string; b: string; score: number; shared: string[] };

/**
 * What two stories share, for people to read: the shared English words, and the Chinese
 * phrases that runs of shared two-character terms spell out in the first story ("组内归一化优势"
 * rather than "组内", "内归", "归一"…).
 */
export function sharedPhrases(first: Story, shared: ReadonlySet<string>): string[] {
  const text = textOf(first);
  const phrases = new Set<string>();
  for (const word of text.match(/[a-z][a-z0-9-]{2,}/g) ?? []) if (shared.has(word)) phrases.add(word);
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    let start = -1;
    for (let i = 0; i + 1 <= run.length; i++) {
      const inside = i + 1 < run.length && shared.has(run.slice(i, i + 2));
      if (inside && start < 0) start = i;
      if (!inside && start >= 0) {
        phrases.add(run.slice(start, i + 1));
        start = -1;
      }
    }
  }
  return [...phrases];
}

/** Every pair of stories that overlaps, most similar first, with the terms they share. */
export function overlappingPairs(stories: { id: string; story: Story }[], threshold = OVERLAP_THRESHOLD): Overlap[] {
  const terms = stories
    .map((s) => ({ id: s.id, story: s.story, terms: storyTerms(s.story), approach: termsOf((s.story.approach ?? "").toLowerCase()) }))
    .filter((s) => s.terms.size >= MIN_TERMS);
  const pairs: Overlap[] = [];
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j < terms.length; j++) {
      const [x, y] = [terms[i]!, terms[j]!];
      const enough = x.approach.size >= MIN_TERMS && y.approach.size >= MIN_TERMS;
      const score = Math.max(overlapScore(x.terms, y.terms), enough ? overlapScore(x.approach, y.approach) : 0);
      if (score >= threshold) pairs.push({ a: x.id, b: y.id, score, shared: sharedPhrases(x.story, new Set([...x.terms].filter((t) => y.terms.has(t)))) });
    }
  }
  return pairs.sort((p, q) => q.score - p.score);
}
