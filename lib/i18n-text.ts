/** Picks the text of a bilingual pair for a locale (content bodies are Chinese in both). */
export function pick(locale: string, zh: string, en: string): string {
  return locale === "en" ? en : zh;
}
