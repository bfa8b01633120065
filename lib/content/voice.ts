/**
 * Readers have never seen the documents our content was written from, so text they read
 * may not talk about those documents ("来源称…", "003 Q7", "004 中文译文把…"): claims are
 * attributed to their paper, lab or person instead. Scans a content file line by line;
 * `seed_ref` (metadata, never displayed) and YAML comments (authors' notes) are exempt.
 * "来源" alone stays allowed: a deep-research answer cites its sources, data has a source.
 * Pure.
 */
import type { Problem } from "./problems.ts";

const RULES: { pattern: RegExp; reason: string }[] = [
  // 000–004 are the documents' numbers; a decimal like 0.003 or an id like 2401.00312 is not.
  { pattern: /(?<![\w.,%$\\/-])00[0-4](?![\w.,%])/, reason: "names a source document by its number" },
  {
    pattern:
      /(?<![数据误差标签独立被引多个主要信号奖励噪声知识信息])来源(?:\s*[:：]|称|认为|给出|给|写作|写道|写成|说|提到|指出|原句|原文|列出|强调|建议|记为|没有|未|这一|文档|估计|转述|明确|特别|把|将|对比|在这里|内部|的(?:说法|判断|观点|结论|立场|概括|描述|定义|写法|估算|例子|对比|图|表述|原话))/,
    reason: "speaks about our source documents",
  },
  { pattern: /(?<!数)据来源|源文档|速查表|中文译文|原句|cheat sheet|source documents?\b|\bthe source (?:says|claims|gives|writes|lists)/i, reason: "speaks about our source documents" },
];

export function voiceIssue(line: string): string | null {
  for (const { pattern, reason } of RULES) {
    const match = pattern.exec(line);
    if (match) return `${reason} ("${match[0]}"): readers never see them; attribute the claim to its paper, lab or person`;
  }
  return null;
}

/** Text a reader can see: everything but `seed_ref` lines and YAML comments. */
function readable(line: string, inYaml: boolean): string {
  if (/^\s*seed_ref\s*:/.test(line)) return "";
  if (!inYaml) return line;
  if (/^\s*#/.test(line)) return "";
  // A trailing comment starts at " #" outside quotes.
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) quote = c === quote ? null : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && i > 0 && line[i - 1] === " ") return line.slice(0, i);
  }
  return line;
}

export function voiceProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const yamlFile = file.endsWith(".yaml");
  let frontmatter = false;
  text.split("\n").forEach((raw, index) => {
    if (!yamlFile && raw.trim() === "---") frontmatter = index === 0 ? true : false;
    const issue = voiceIssue(readable(raw, yamlFile || frontmatter));
    if (issue) problems.push({ file, line: index + 1, field: "voice", message: issue });
  });
  return problems;
}
