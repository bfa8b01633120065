/** Picks the text of a bilingual pair for a locale (content bodies are Chinese in both). */
export function pick(locale: string, zh: string, en: string): string {
  return locale === "en" ? en : zh;
}

/**
 * A message with {placeholders} filled in, for client islands that get raw messages from the
 * server instead of a translation catalogue. Such messages use no plural or select syntax.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
