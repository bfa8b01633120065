type StoredHtmlProps = { html: string; className?: string };

/**
 * HTML that lib/markdown/user-markdown.ts rendered from user Markdown when it was written:
 * sanitised there (GitHub's schema, raw HTML shown as text), so it is inserted as is — the one
 * place that does so. Pages never run the Markdown renderer on user text.
 */
export function StoredHtml({ html, className = "prose" }: StoredHtmlProps) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
