import { localizeLinks } from "@/lib/markdown/localize-links";

type StoredHtmlProps = { html: string; locale: string; className?: string };

/**
 * HTML rendered once and stored: user Markdown when it was written (lib/markdown/user-markdown.ts,
 * sanitised there) and content at ingest (lib/markdown/content-html.ts). Inserted as is — the
 * one place that does so — with site links kept in the reader's language.
 */
export function StoredHtml({ html, locale, className = "prose" }: StoredHtmlProps) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: localizeLinks(html, locale) }} />;
}
