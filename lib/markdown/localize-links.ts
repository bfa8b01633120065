/**
 * Site links in stored HTML are written for the default locale; an English reader's links
 * stay in English. Our serialiser writes every site link as href="/…". Pure, and free of the
 * renderer, so client components use it too.
 */
export function localizeLinks(html: string, locale: string, defaultLocale = "zh-CN"): string {
  return locale === defaultLocale ? html : html.replace(/href="\/(?!\/)/g, `href="/${locale}/`);
}
