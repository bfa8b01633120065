import { describe, expect, it } from "vitest";
import compile from "icu-minify/compile";
import zh from "../messages/zh-CN.json";
import en from "../messages/en.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const BRANCHING = new Set([1, 2, 3]); // icu-minify's select, plural, selectordinal

/**
 * The argument names a message uses, read from icu-minify's compiled form (what next-intl
 * formats): a message is text or a list of nodes; a node is text, `#` (0), `[name]`,
 * `[name, type, …]` — select/plural branches are messages — or a tag `[name, ...children]`.
 */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walkMessage = (m: unknown) => Array.isArray(m) && m.forEach(walkNode);
  const walkNode = (node: unknown): void => {
    if (!Array.isArray(node)) return; // text or `#`
    const [name, type, branches] = node as [string, unknown, Record<string, unknown>?];
    names.add(name);
    if (typeof type !== "number") node.slice(1).forEach(walkNode); // a tag's children
    else if (BRANCHING.has(type)) Object.values(branches ?? {}).forEach(walkMessage);
  };
  walkMessage(compile(message));
  return [...names].sort();
}

const zhMessages = flatten(zh as Tree);
const enMessages = flatten(en as Tree);

describe("UI messages", () => {
  it("zh-CN and en have the same keys", () => {
    expect([...enMessages.keys()].sort()).toEqual([...zhMessages.keys()].sort());
  });

  it("every message is valid ICU in both languages", () => {
    for (const [key, message] of [...zhMessages, ...enMessages]) expect(() => compile(message), key).not.toThrow();
  });

  it("both languages use the same arguments in each message", () => {
    for (const [key, message] of zhMessages) expect(argumentsOf(enMessages.get(key) ?? ""), key).toEqual(argumentsOf(message));
  });

  it("reads arguments inside plural branches", () => {
    expect(argumentsOf("{n, plural, one {# day for {who}} other {# days}} left, {x}")).toEqual(["n", "who", "x"]);
  });
});
