/**
 * Search over Chinese and English text. Chinese has no spaces, so queries are split into
 * words with the platform's word segmenter (Intl.Segmenter, ICU), not a hand tokenizer;
 * a question matches when its search text contains every word (lib/content/queries.ts). Pure.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** The words of a query, normalised; punctuation and spaces dropped, duplicates removed. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const part of segmenter.segment(normalizeForSearch(query))) {
    if (part.isWordLike) terms.add(part.segment);
  }
  return [...terms].slice(0, 12);
}
