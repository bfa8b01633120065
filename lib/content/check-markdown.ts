/**
 * Checks one Markdown fragment the way pages will render it: every formula through KaTeX
 * with the renderer's own options (strict mode), no raw HTML, and the site-internal links
 * it makes (named by their titles, not their paths). Pure (no I/O).
 */
import katex from "katex";
import { visit } from "unist-util-visit";
import type { Link, Html } from "mdast";
import type { InlineMath, Math } from "mdast-util-math";
import { parseMarkdown } from "./document.ts";
import { stripCloze } from "./cloze.ts";
import { KATEX_OPTIONS } from "../markdown/plugins.ts";

export type MarkdownIssue = { line: number; message: string };
export type MarkdownCheck = { issues: MarkdownIssue[]; links: { url: string; line: number }[] };

/** Null when KaTeX renders `latex` cleanly in strict mode, else the reason. */
export function mathError(latex: string, displayMode: boolean): string | null {
  // NOTE: \mathbb{1} renders without error but not as an indicator (KaTeX's \mathbb has capitals only).
  if (/\\mathbb\s*\{?\s*1/.test(latex)) return "\\mathbb{1} does not render in KaTeX; use \\mathbb{I} or \\mathbf{1}";
  try {
    katex.renderToString(latex, { ...KATEX_OPTIONS, displayMode, throwOnError: true });
    return null;
  } catch (error) {
    return (error as Error).message.split("\n")[0] ?? "KaTeX error";
  }
}

/** `firstLine` = line of the fragment's first line in its file. */
export function checkMarkdown(markdown: string, firstLine: number): MarkdownCheck {
  const issues: MarkdownIssue[] = [];
  const links: { url: string; line: number }[] = [];
  const at = (line: number | undefined) => firstLine + (line ?? 1) - 1;
  visit(parseMarkdown(markdown), (node) => {
    const line = at(node.position?.start.line);
    if (node.type === "html") {
      issues.push({ line, message: `raw HTML is not rendered: ${(node as Html).value.slice(0, 40)}` });
    } else if (node.type === "link" && (node as Link).url.startsWith("/")) {
      const link = node as Link;
      links.push({ url: link.url, line });
      // A bare path as link text reads as noise on the page: name the page instead.
      const text = link.children.map((c) => ("value" in c ? c.value : "")).join("");
      if (text.trim() === link.url) issues.push({ line, message: `link text is the bare path ${link.url}: use the page's title` });
    } else if (node.type === "math" || node.type === "inlineMath") {
      const latex = stripCloze((node as Math | InlineMath).value);
      const error = mathError(latex, node.type === "math");
      if (error) issues.push({ line, message: `math: ${error}` });
    }
  });
  return { issues, links };
}
