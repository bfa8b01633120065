/** Under /en, a word that the body below is Chinese (the bank and notes are written in Chinese). */
export function ChineseBodyNote({ locale, text }: { locale: string; text: string }) {
  if (locale !== "en") return null;
  return <p className="mb-6 rounded border border-line bg-surface-2 px-3 py-2 text-sm text-muted" data-testid="chinese-body-note">{text}</p>;
}
