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

/** Index just past the brace that closes the one opened at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced braces in: ${text}`);
}

/** The argument names an ICU message uses, including those inside plural/select branches. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i)) {
      const end = closing(text, i);
      const body = text.slice(i + 1, end - 1);
      const [name, kind] = body.split(",", 2).map((s) => s.trim());
      names.add(name!);
      if (kind === "plural" || kind === "select") {
        // After "name, kind," come `selector {branch}` pairs; branches may use arguments too.
        const rest = body.slice(body.indexOf(",", body.indexOf(",") + 1) + 1);
        for (let b = rest.indexOf("{"); b !== -1; b = rest.indexOf("{", b)) {
          const branchEnd = closing(rest, b);
          walk(rest.slice(b + 1, branchEnd - 1));
          b = branchEnd;
        }
      }
      i = end;
    }
  };
  walk(message);
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
