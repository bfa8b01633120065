/**
 * Markdown that users write (comments, assignment notes) is rendered once, when it is
 * written, into sanitised HTML that is stored with it — page views never run the renderer.
 * Within limits: deeply nested quotes or lists overflowed the parser's stack (a 3,000-character
 * comment made two pages answer 500 for good) and nested or numerous formulas cost seconds of
 * CPU per view (issue 12). Input over a limit is refused with the reason. Pure.
 */
import { z } from "zod";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema, type Options as Schema } from "rehype-sanitize";
import rehypeKatex from "rehype-katex";
import rehypeStringify from "rehype-stringify";
import { visit } from "unist-util-visit";
import type { Root as Mdast, Nodes as MdastNode, Html, Image } from "mdast";
import type { Root as Hast, Element, Text } from "hast";
import type { Handlers } from "mdast-util-to-hast";
import { VFile } from "vfile";
import { isInternalHref, USER_LINK_REL } from "./links.ts";

export const USER_MARKDOWN_LIMITS = {
  maxChars: 5000,
  maxDepth: 8, // quotes and lists inside one another
  maxFormulas: 20,
  maxFormulaChars: 500,
  maxBraceDepth: 8,
  // KaTeX writes ~6 KB of HTML per ordinary formula; the page carries it twice (HTML + RSC).
  maxHtmlBytes: 100_000,
};

export type UserMarkdownProblem = "markdownTooLong" | "markdownTooDeep" | "markdownTooManyFormulas" | "markdownFormulaTooLong" | "markdownFormulaInvalid" | "markdownTooLarge";
export type RenderedMarkdown = { ok: true; html: string } | { ok: false; problem: UserMarkdownProblem };

// KaTeX with hard ceilings: no \rule or \kern bigger than 10em, at most 300 macro expansions.
const KATEX = { strict: "ignore", trust: false, output: "htmlAndMathml", maxSize: 10, maxExpand: 300, throwOnError: false } as const;

// GitHub's schema (what github.com allows in comments), plus the classes math needs to reach KaTeX.
const SANITIZE: Schema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, code: [["className", /^language-./, "math-inline", "math-display"]] },
};

/**
 * Container depth of each line as the parser will see it, counted before parsing (parsing
 * itself is what overflows): quote markers, list markers and every two spaces of indent.
 */
function prefixDepth(line: string): number {
  let depth = 0;
  let spaces = 0;
  let i = 0;
  for (;;) {
    const rest = line.slice(i);
    const marker = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(rest);
    if (marker) {
      depth++;
      i += marker[0].length;
    } else if (rest[0] === " ") {
      spaces++;
      i++;
    } else if (rest[0] === "\t") {
      spaces += 4;
      i++;
    } else return depth + Math.floor(spaces / 2);
  }
}

function containerDepth(tree: Mdast): number {
  const walk = (node: MdastNode, depth: number): number => {
    const here = node.type === "blockquote" || node.type === "list" ? depth + 1 : depth;
    return "children" in node ? Math.max(here, ...node.children.map((c) => walk(c as MdastNode, here))) : here;
  };
  return walk(tree, 0);
}

function braceDepth(latex: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < latex.length; i++) {
    if (latex[i] === "\\") i++;
    else if (latex[i] === "{") max = Math.max(max, ++depth);
    else if (latex[i] === "}") depth--;
  }
  return max;
}

function checkLimits(tree: Mdast): UserMarkdownProblem | null {
  if (containerDepth(tree) > USER_MARKDOWN_LIMITS.maxDepth) return "markdownTooDeep";
  const formulas: string[] = [];
  visit(tree, (node) => {
    if (node.type === "math" || node.type === "inlineMath") formulas.push(node.value);
  });
  if (formulas.length > USER_MARKDOWN_LIMITS.maxFormulas) return "markdownTooManyFormulas";
  if (formulas.some((f) => f.length > USER_MARKDOWN_LIMITS.maxFormulaChars || braceDepth(f) > USER_MARKDOWN_LIMITS.maxBraceDepth)) return "markdownFormulaTooLong";
  return null;
}

/**
 * Raw HTML becomes the text the user typed, never markup; an image becomes a link to it
 * (remote images are blocked by our CSP anyway, and would let a writer track readers).
 */
const USER_HANDLERS: Handlers = {
  html: (_state, node: Html): Text => ({ type: "text", value: node.value }),
  image: (_state, node: Image): Element => ({ type: "element", tagName: "a", properties: { href: node.url }, children: [{ type: "text", value: node.alt || node.url }] }),
};

/** Links that leave the site open without a referrer and are not vouched for. */
function rehypeUserLinks() {
  return (tree: Hast) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a") return;
      const href = String(node.properties.href ?? "");
      if (!isInternalHref(href)) node.properties.rel = USER_LINK_REL.split(" ");
    });
  };
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);
const toHtml = unified()
  .use(remarkRehype, { handlers: USER_HANDLERS })
  .use(rehypeSanitize, SANITIZE)
  .use(rehypeKatex, KATEX)
  .use(rehypeUserLinks)
  .use(rehypeStringify);

export function renderUserMarkdown(source: string): RenderedMarkdown {
  if (source.length > USER_MARKDOWN_LIMITS.maxChars) return { ok: false, problem: "markdownTooLong" };
  if (source.split("\n").some((line) => prefixDepth(line) > 2 * USER_MARKDOWN_LIMITS.maxDepth)) return { ok: false, problem: "markdownTooDeep" };
  let tree: Mdast;
  try {
    tree = parser.parse(source);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problem: "markdownTooDeep" };
    throw error;
  }
  const problem = checkLimits(tree);
  if (problem) return { ok: false, problem };
  const file = new VFile();
  const hast = toHtml.runSync(tree, file) as Hast;
  if (file.messages.some((m) => m.source === "rehype-katex")) return { ok: false, problem: "markdownFormulaInvalid" };
  const html = toHtml.stringify(hast);
  return html.length > USER_MARKDOWN_LIMITS.maxHtmlBytes ? { ok: false, problem: "markdownTooLarge" } : { ok: true, html };
}

/** For a stored text that could not be rendered: the words, escaped, in paragraphs. */
export function plainTextHtml(source: string): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return source
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

export type UserMarkdown = { source: string; html: string };

/**
 * A form field of user Markdown: the text as written and its HTML, rendered here once; over
 * a limit, the field's error names the limit. `required` is the message key for an empty field.
 */
export function userMarkdownField(required?: string) {
  const text = z.string().trim().max(USER_MARKDOWN_LIMITS.maxChars, "markdownTooLong");
  return (required ? text.min(1, required) : text).transform((source, ctx): UserMarkdown => {
    if (!source) return { source, html: "" };
    const rendered = renderUserMarkdown(source);
    if (rendered.ok) return { source, html: rendered.html };
    ctx.addIssue({ code: "custom", message: rendered.problem });
    return z.NEVER;
  });
}
