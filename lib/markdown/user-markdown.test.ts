import { describe, expect, it } from "vitest";
import { plainTextHtml, renderUserMarkdown, USER_MARKDOWN_LIMITS } from "./user-markdown";
import { XSS_PAYLOADS } from "../../tests/e2e/support/xss";

const html = (source: string) => {
  const result = renderUserMarkdown(source);
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result.html;
};
const problem = (source: string) => {
  const result = renderUserMarkdown(source);
  return result.ok ? null : result.problem;
};

describe("user-written Markdown", () => {
  it("renders the usual things: emphasis, lists, code, tables, formulas", () => {
    const out = html("GRPO 的 **std=0** 情况\n\n- 一\n- 二\n\n`code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n$\\hat{A}_i = r_i - \\bar r$");
    expect(out).toContain("<strong>std=0</strong>");
    expect(out).toContain("<li>一</li>");
    expect(out).toContain("<table>");
    expect(out).toContain('class="katex"');
  });

  it("shows raw HTML as the text that was typed, and runs nothing", () => {
    // Text "<" is escaped, so every "<" left in the output opens a tag the renderer made.
    // Markdown's own tags, and KaTeX's (HTML spans, MathML for screen readers, SVG for radicals).
    const markdown = ["p", "a", "em", "strong", "code", "del", "br"];
    const katex = ["span", "math", "semantics", "annotation", "mrow", "mi", "mo", "mn", "mtext", "mstyle", "msub", "msup", "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mspace", "mpadded", "mphantom", "menclose", "mtable", "mtr", "mtd", "svg", "path", "line"];
    const allowed = new Set([...markdown, ...katex]);
    for (const payload of XSS_PAYLOADS) {
      const out = html(payload);
      for (const [, tag, attributes] of out.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)) {
        expect(allowed.has(tag!.toLowerCase()), `${payload}: <${tag}>`).toBe(true);
        expect(attributes, payload).not.toMatch(/\son[a-z]+\s*=|javascript:/i);
      }
    }
    expect(html("<b>hi</b>")).toBe("<p>&#x3C;b>hi&#x3C;/b></p>");
  });

  it("marks links that leave the site, including //host ones", () => {
    expect(html("[a](https://example.org)")).toContain('rel="noopener noreferrer nofollow ugc"');
    expect(html("[a](//evil.example/x)")).toContain('rel="noopener noreferrer nofollow ugc"');
    expect(html("[a](/questions/grpo-vs-ppo)")).not.toContain("rel=");
  });

  it("refuses nesting deeper than the limit before parsing it", () => {
    const depth = USER_MARKDOWN_LIMITS.maxDepth;
    expect(problem("> ".repeat(depth) + "ok")).toBeNull();
    expect(problem("> ".repeat(depth + 1) + "deep")).toBe("markdownTooDeep");
    for (const bomb of [">".repeat(3000), "> ".repeat(1500), "- ".repeat(2400) + "x", "1. ".repeat(1600) + "x", "> - ".repeat(1200) + "x", Array.from({ length: 60 }, (_, i) => " ".repeat(i * 2) + "- x").join("\n")]) {
      expect(problem(bomb), bomb.slice(0, 12)).toBe("markdownTooDeep");
    }
  });

  it("refuses too many, too long or broken formulas", () => {
    expect(problem(Array.from({ length: USER_MARKDOWN_LIMITS.maxFormulas + 1 }, () => "$x$").join(" "))).toBe("markdownTooManyFormulas");
    expect(problem(`$${"x+".repeat(300)}x$`)).toBe("markdownFormulaTooLong");
    expect(problem(`$${"\\frac{".repeat(20)}1${"}{2}".repeat(20)}$`)).toBe("markdownFormulaTooLong");
    expect(problem(Array.from({ length: USER_MARKDOWN_LIMITS.maxFormulas }, () => `$${"\\sqrt{".repeat(8)}x${"}".repeat(8)}$`).join(" "))).toBe("markdownTooLarge");
    expect(problem("$\\frac{1}{$")).toBe("markdownFormulaInvalid");
    expect(problem(`$\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{\\e\\e}\\def\\e{xx}${"\\a".repeat(40)}$`)).toBe("markdownFormulaInvalid");
    expect(problem("x".repeat(USER_MARKDOWN_LIMITS.maxChars + 1))).toBe("markdownTooLong");
  });

  it("keeps the worst accepted input cheap to render (figures printed)", () => {
    const worst = [
      Array.from({ length: 6 }, () => `$${"\\sqrt{".repeat(USER_MARKDOWN_LIMITS.maxBraceDepth)}x${"}".repeat(USER_MARKDOWN_LIMITS.maxBraceDepth)}\\sum_{i=1}^{n}\\int_0^1 x^2$`).join("\n\n"),
      Array.from({ length: USER_MARKDOWN_LIMITS.maxFormulas }, () => "$x_i^2$").join(" "),
      Array.from({ length: 8 }, (_, i) => "> ".repeat(i) + "- ".repeat(8 - i) + "x").join("\n"),
      "[a](b) ".repeat(700),
    ];
    for (const source of worst) {
      expect(source.length).toBeLessThanOrEqual(USER_MARKDOWN_LIMITS.maxChars);
      const started = performance.now();
      const result = renderUserMarkdown(source);
      console.log(`worst case ${source.slice(0, 16)}…: ${(performance.now() - started).toFixed(1)} ms, ${result.ok ? result.html.length : result.problem} bytes`);
      expect(result.ok).toBe(true);
    }
  });

  it("turns text that cannot be rendered into escaped paragraphs", () => {
    expect(plainTextHtml("a <b>\nc\n\nd & e")).toBe("<p>a &lt;b&gt;<br>c</p><p>d &amp; e</p>");
  });
});
