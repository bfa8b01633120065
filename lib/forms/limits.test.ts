import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputLimits } from "./limits";
import { commentSchema } from "../mentor/schema";
import { settingsSchema } from "../practice/settings";
import { USER_MARKDOWN_LIMITS } from "../markdown/user-markdown";

describe("form limits from the action's schema", () => {
  it("reads string lengths through trim, defaults and preprocessing", () => {
    const schema = z.object({ a: z.string().trim().min(1).max(80), b: z.string().max(5).default(""), c: z.preprocess((v) => v, z.string().max(64).nullable()), d: z.string().max(9).transform((s) => s.length) });
    expect(inputLimits(schema, "a")).toEqual({ maxLength: 80, minLength: 1, required: true });
    expect(inputLimits(schema, "b")).toEqual({ maxLength: 5 });
    expect(inputLimits(schema, "c")).toEqual({ maxLength: 64 });
    expect(inputLimits(schema, "d")).toEqual({ maxLength: 9 });
  });

  it("reads number ranges, as the settings form shows them", () => {
    expect(inputLimits(settingsSchema, "newPerDay")).toEqual({ min: 0, max: 200, required: true });
    expect(inputLimits(settingsSchema, "desiredRetention")).toEqual({ min: 0.8, max: 0.97, required: true });
  });

  it("gives a comment box the length the action accepts", () => {
    expect(inputLimits(commentSchema, "body")).toEqual({ maxLength: USER_MARKDOWN_LIMITS.maxChars, minLength: 1, required: true });
  });

  it("refuses a field the schema does not have", () => {
    expect(() => inputLimits(z.object({ a: z.string() }), "b" as never)).toThrow(/no field "b"/);
  });
});
