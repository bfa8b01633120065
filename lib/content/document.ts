/**
 * A Markdown file with YAML frontmatter, split into its frontmatter, its body and the body's
 * `##` sections (with line numbers). Pure.
 */
import type { Root, RootContent, List } from "mdast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";

export type SourceFile = {
  frontmatter: string;
  frontmatterLine: number; // line of the first frontmatter line
  body: string;
  bodyLine: number; // line of the first body line
};

export function splitFrontmatter(text: string): SourceFile | null {
  const normalized = text.replace(/\r\n/g, "\n");
  if (!normalized.startsWith("---\n")) return null;
  const end = normalized.indexOf("\n---", 3);
  if (end < 0) return null;
  const afterFence = normalized.indexOf("\n", end + 4);
  const frontmatter = normalized.slice(4, end + 1);
  const body = afterFence < 0 ? "" : normalized.slice(afterFence + 1);
  const bodyLine = normalized.slice(0, afterFence + 1).split("\n").length;
  return { frontmatter, frontmatterLine: 2, body, bodyLine };
}

export type Section = {
  heading: string;
  line: number; // line of the `##` heading in the file
  markdown: string; // the section's content, without the heading
  nodes: RootContent[];
};

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

function slice(markdown: string, nodes: RootContent[]): string {
  const first = nodes[0]?.position?.start.offset;
  const last = nodes[nodes.length - 1]?.position?.end.offset;
  return first === undefined || last === undefined ? "" : markdown.slice(first, last).trim();
}

/** Splits a body at its `##` headings. Content before the first heading is section "". */
export function sectionsOf(body: string, bodyLine: number): Section[] {
  const tree = parseMarkdown(body);
  const sections: Section[] = [];
  let current: Section = { heading: "", line: bodyLine, markdown: "", nodes: [] };
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) {
      sections.push(current);
      const heading = body.slice(node.position!.start.offset!, node.position!.end.offset!).replace(/^##\s*/, "").trim();
      current = { heading, line: bodyLine + node.position!.start.line - 1, markdown: "", nodes: [] };
    } else {
      current.nodes.push(node);
    }
  }
  sections.push(current);
  for (const s of sections) s.markdown = slice(body, s.nodes);
  return sections.filter((s) => s.heading !== "" || s.nodes.length > 0);
}

/** The items of the section's bullet list(s), each as Markdown, with its line. */
export function listItems(section: Section, body: string, bodyLine: number): { markdown: string; line: number }[] {
  const items: { markdown: string; line: number }[] = [];
  for (const node of section.nodes) {
    if (node.type !== "list") continue;
    for (const item of (node as List).children) {
      const text = slice(body, item.children as RootContent[]);
      items.push({ markdown: text, line: bodyLine + item.position!.start.line - 1 });
    }
  }
  return items;
}

/** `###` subsections of a section: title, line and Markdown content. */
export function subsections(section: Section, body: string, bodyLine: number) {
  const result: { title: string; line: number; markdown: string; nodes: RootContent[] }[] = [];
  for (const node of section.nodes) {
    if (node.type === "heading" && node.depth === 3) {
      const title = body.slice(node.position!.start.offset!, node.position!.end.offset!).replace(/^###\s*/, "").trim();
      result.push({ title, line: bodyLine + node.position!.start.line - 1, markdown: "", nodes: [] });
    } else if (result.length) {
      result[result.length - 1]!.nodes.push(node);
    }
  }
  for (const s of result) s.markdown = slice(body, s.nodes);
  return result;
}
