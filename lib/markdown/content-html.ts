/**
 * Content Markdown rendered to HTML once, at ingest, for the pages that show content per
 * request (review, drill, mock): rendering 20 cards' Markdown and KaTeX took ~120 ms of every
 * /review (bench:usage). Same plugins as the content pages (lib/markdown/plugins.ts). Pure.
 */
import katex from "katex";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { visit } from "unist-util-visit";
import type { Root, Element } from "hast";
import { remarkPlugins, rehypePlugins } from "./plugins.ts";
import { EXTERNAL_REL, isInternalHref } from "./links.ts";

/** Changes whenever stored HTML would come out differently, so the ingest renders it again. */
export const CONTENT_HTML_VERSION = `1|katex ${katex.version}`;

function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "a" && !isInternalHref(String(node.properties.href ?? ""))) node.properties.rel = EXTERNAL_REL.split(" ");
    });
  };
}

const processor = unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeExternalLinks).use(rehypeStringify);

export function renderContentHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** A display formula as the pages show it. */
export const formulaMarkdown = (latex: string) => `$$\n${latex}\n$$`;
