import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseYaml } from "./yaml";

const schema = z.strictObject({ id: z.string(), nested: z.strictObject({ n: z.int() }) });

describe("YAML with line numbers", () => {
  it("points a wrong value at its own line (offset by the frontmatter start)", () => {
    const { problems } = parseYaml("id: a\nnested:\n  n: nope\n", schema, "f.md", 1);
    expect(problems).toEqual([{ file: "f.md", line: 4, field: "nested.n", message: expect.any(String) }]);
  });

  it("points an unknown key at that key", () => {
    const { problems } = parseYaml("id: a\nnested:\n  n: 1\nextra: 2\n", schema, "f.md");
    expect(problems).toEqual([{ file: "f.md", line: 4, field: "extra", message: "unknown key (typo?)" }]);
  });

  it("reports a missing key at its parent", () => {
    const { problems } = parseYaml("nested:\n  n: 1\n", schema, "f.md");
    expect(problems[0]).toMatchObject({ field: "id", line: 1 });
  });

  it("reports YAML syntax errors with their line", () => {
    const { problems } = parseYaml("id: a\nnested: [1, 2\n", schema, "f.md");
    expect(problems[0]).toMatchObject({ field: "yaml" });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  });
});
