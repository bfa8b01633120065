/**
 * YAML with line numbers: parses a document and validates it with a zod schema, turning
 * every issue into a Problem that points at the line of the offending key. Pure.
 */
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { z } from "zod";
import type { Problem } from "./problems.ts";

export type Located<T> = { value: T | undefined; problems: Problem[] };

/** `lineOffset` = line of the YAML's first line within its file, minus 1. */
export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  lineOffset = 0,
): Located<z.infer<S>> & { doc?: Document; lineOf?: (path: PropertyKey[]) => number } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      value: undefined,
      problems: doc.errors.map((e) => ({
        file,
        line: lineOffset + counter.linePos(e.pos[0]).line,
        field: "yaml",
        message: e.message.split("\n")[0] ?? e.message,
      })),
    };
  }
  const lineOf = (path: PropertyKey[]): number => {
    // Walk up until a node exists: a missing key is reported at its parent's line.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineOffset + counter.linePos(node.range[0]).line;
    }
    return lineOffset + 1;
  };
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { value: result.data, problems: [], doc, lineOf };
  return {
    value: undefined,
    doc,
    lineOf,
    problems: result.error.issues.flatMap((issue) => {
      // Point at each unknown key itself rather than at the object that holds it.
      const paths =
        issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      return paths.map((path) => ({
        file,
        line: lineOf(path),
        field: path.length ? path.join(".") : "(root)",
        message: issue.code === "unrecognized_keys" ? "unknown key (typo?)" : issue.message,
      }));
    }),
  };
}
