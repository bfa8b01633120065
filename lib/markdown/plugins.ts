/**
 * The one Markdown configuration: content pages, formula cards and user-written text all
 * render through it, and the ingest checks content with it. Raw HTML is never rendered:
 * there is no rehype-raw, so react-markdown shows HTML in Markdown as text.
 */
import type { PluggableList } from "unified";
import type { Root, Element, Text } from "hast";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import { visit } from "unist-util-visit";
import { stripCloze } from "../content/cloze.ts";

// strict "error": LaTeX that KaTeX would only warn about (e.g. CJK inside math) is an error,
// so the ingest rejects it instead of a page rendering it oddly.
export const KATEX_OPTIONS = { strict: "error", trust: false, output: "htmlAndMathml" } as const;

/** Removes cloze markers from math before KaTeX sees it (pages show the whole formula). */
function rehypeStripCloze() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const classes = node.properties?.className;
      if (node.tagName !== "code" || !Array.isArray(classes) || !classes.includes("language-math")) return;
      for (const child of node.children) if (child.type === "text") (child as Text).value = stripCloze(child.value);
    });
  };
}

/**
 * Code blocks and display formulas scroll sideways on a phone; a scrollable region must be
 * reachable by keyboard (axe: scrollable-region-focusable), so they get tabindex=0.
 */
function rehypeFocusableScroll() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const classes = node.properties?.className;
      const display = Array.isArray(classes) && classes.includes("katex-display");
      if (node.tagName === "pre" || display) node.properties = { ...node.properties, tabIndex: 0 };
    });
  };
}

export const remarkPlugins: PluggableList = [remarkGfm, remarkMath];
export const rehypePlugins: PluggableList = [rehypeStripCloze, [rehypeKatex, KATEX_OPTIONS], rehypeFocusableScroll];
