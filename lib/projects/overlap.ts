/**
 * The repetition check: projects that tell the same story twice (the same pipeline, data or
 * method on another dataset) are the weakest signal a candidate can send. Each story's
 * problem and approach become a set of terms — English words of three letters or more and
 * Chinese two-character phrases, common words left out — and two stories overlap when most
 * of the smaller one's terms appear in the other (the overlap coefficient |A∩B| / min(|A|,|B|)).
 * Pure.
 */
import type { Story } from "./fields.ts";

/** Share of the smaller story's terms found in the other at which a pair is flagged. */
export const OVERLAP_THRESHOLD = 0.5;
/** Too few terms to judge: a story this short is not compared. */
export const MIN_TERMS = 12;

const STOP_EN = new Set("the and for with from that this into over under then than our their its are was were has have had not but use used using via per each all can will more most also only both when what which who how why".split(" "));
// Two-character pieces of ordinary Chinese prose, not of a method.
const STOP_ZH = new Set("我们 这个 一个 进行 通过 使用 可以 以及 然后 因为 所以 但是 如果 没有 就是 这些 那些 其中 之后 之前 对于 需要 问题 方法 效果 结果 数据 模型 训练".split(" "));

const textOf = (story: Story) => `${story.problem ?? ""}\n${story.approach ?? ""}`.toLowerCase();

export function storyTerms(story: Story): Set<string> {
  const text = textOf(story);
  const terms = new Set<string>();
  for (const word of text.match(/[a-z][a-z0-9-]{2,}/g) ?? []) if (!STOP_EN.has(word)) terms.add(word);
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!STOP_ZH.has(pair)) terms.add(pair);
    }
  }
  return terms;
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
export function overlappingPairs(stories: { id: string; story: Story }[]): Overlap[] {
  const terms = stories.map((s) => ({ id: s.id, story: s.story, terms: storyTerms(s.story) })).filter((s) => s.terms.size >= MIN_TERMS);
  const pairs: Overlap[] = [];
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j < terms.length; j++) {
      const [x, y] = [terms[i]!, terms[j]!];
      const shared = new Set([...x.terms].filter((t) => y.terms.has(t)));
      const score = shared.size / Math.min(x.terms.size, y.terms.size);
      if (score >= OVERLAP_THRESHOLD) pairs.push({ a: x.id, b: y.id, score, shared: sharedPhrases(x.story, shared) });
    }
  }
  return pairs.sort((p, q) => q.score - p.score);
}
