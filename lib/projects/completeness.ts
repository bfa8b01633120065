/**
 * What an interviewer will ask that a project story does not answer yet. Each gap names the
 * probe kind that digs into it, so a "grill me" session asks those first. The tests are
 * deliberately simple (words and numbers present or not): they say where to look, and the
 * page says why each one matters. Pure.
 */
import type { ProbeKind } from "../content/schema.ts";
import type { Story, StoryField } from "./fields.ts";

export type Gap = { kind: ProbeKind; field: StoryField };

const has = (text: string | undefined, pattern: RegExp) => !!text && pattern.test(text);
const BASELINE = /baseline|基线|对照|相比|比起|compared|versus|\bvs\.?\b|超过|优于|提升了?/i;
const ABLATION = /ablat|消融|去掉|拿掉|w\/o|without|关掉|替换成/i;
const WHY = /为什么|因为|之所以|原因|而不是|而非|取舍|权衡|why|because|instead of|trade-?off|rather than/i;
// A number that measures something: digits with a unit, a percentage, a decimal or a ratio.
const NUMBER = /\d+(\.\d+)?\s*(%|pp|个点|倍|x\b|×|k\b|K\b|M\b|B\b|小时|天|ms|s\b|GPU)|\d+\.\d+|\d+\s*\/\s*\d+|\d{2,}/;
const MIN_FAILURE_CHARS = 20;

export function storyGaps(story: Story): Gap[] {
  const gaps: Gap[] = [];
  const work = `${story.approach ?? ""}\n${story.results ?? ""}`;
  if (!has(story.approach, WHY)) gaps.push({ kind: "design", field: "approach" });
  if (!has(work, BASELINE)) gaps.push({ kind: "baseline", field: "results" });
  if (!has(story.results, NUMBER)) gaps.push({ kind: "results", field: "results" });
  if (!has(work, ABLATION)) gaps.push({ kind: "ablation", field: "results" });
  if ((story.failures ?? "").trim().length < MIN_FAILURE_CHARS) gaps.push({ kind: "failure", field: "failures" });
  if (!(story.next ?? "").trim()) gaps.push({ kind: "next", field: "next" });
  return gaps;
}
