/**
 * Field finder: a candidate's research description (Chinese, English or both) → the talk-track
 * fields it matches, ranked, with the keywords that matched as the reason. Words come from the
 * platform's segmenter (Intl.Segmenter, ICU dictionaries for Chinese), so "我做代码生成" is read
 * as 我 · 做 · 代码 · 生成 and matches the keyword 代码生成 without any hand-written tokenizer.
 * A keyword matches when its words appear consecutively in the text. Pure.
 */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.normalize("NFKC").toLowerCase())) if (s.isWordLike) out.push(s.segment);
  return out;
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (!needle.length || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A field's own keywords, and terms of neighbouring fields it fits too (`also`, weighed half). */
export type FieldKeywords = { slug: string; order: number; keywords: string[]; also?: string[] };
export type FieldMatch = { slug: string; score: number; matched: string[] };

/**
 * Scores each field by the keywords found; a keyword of several words counts for each word
 * (it is more specific than a single word), an `also` term for half. Every field that fits is
 * returned, best first; ties keep the fields' own order.
 */
export function findFields(description: string, fields: FieldKeywords[], limit = Infinity): FieldMatch[] {
  const text = words(description);
  // Chinese is also matched on its joined characters, in case the segmenter splits a term
  // differently inside a longer phrase than on its own.
  const joined = text.join("");
  const results: FieldMatch[] = [];
  for (const field of fields) {
    const matched: string[] = [];
    let score = 0;
    const terms = [...field.keywords.map((k) => [k, 1] as const), ...(field.also ?? []).map((k) => [k, 0.5] as const)];
    for (const [keyword, weight] of terms) {
      const kw = words(keyword);
      const cjk = /[\u3400-\u9fff]{3,}/.test(keyword);
      if (!matched.includes(keyword) && (containsRun(text, kw) || (cjk && kw.length > 0 && joined.includes(kw.join(""))))) {
        matched.push(keyword);
        score += weight * Math.max(1, kw.length);
      }
    }
    if (score > 0) results.push({ slug: field.slug, score, matched });
  }
  const order = new Map(fields.map((f) => [f.slug, f.order]));
  return results.sort((a, b) => b.score - a.score || order.get(a.slug)! - order.get(b.slug)!).slice(0, limit);
}
