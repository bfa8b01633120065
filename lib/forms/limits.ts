/**
 * The limits a form field shows (maxLength, min, max, required), read from the zod schema the
 * server action validates with — so a form can never promise more than the action accepts.
 * Pure.
 */
import { z } from "zod";

export type InputLimits = { maxLength?: number; minLength?: number; min?: number; max?: number; required?: boolean };

/** The schema under defaults, optionals, nullables and preprocessing, and whether a value is needed. */
function core(schema: z.ZodType): { schema: z.ZodType; required: boolean } {
  let current = schema;
  let required = true;
  for (;;) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodCatch) {
      required = false;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      // preprocess(fn, schema) checks with its output side; schema.transform(fn) with its input side.
      current = (current.out instanceof z.ZodTransform ? current.in : current.out) as z.ZodType;
    } else return { schema: current, required };
  }
}

export function inputLimits<S extends z.ZodObject>(schema: S, field: keyof S["shape"] & string): InputLimits {
  const found = schema.shape[field] as z.ZodType | undefined;
  if (!found) throw new Error(`no field "${field}" in the schema`);
  const { schema: inner, required } = core(found);
  const out: InputLimits = {};
  if (inner instanceof z.ZodString) {
    if (inner.maxLength !== null) out.maxLength = inner.maxLength;
    if (inner.minLength !== null && inner.minLength > 0) out.minLength = inner.minLength;
    if (required && (inner.minLength ?? 0) > 0) out.required = true;
  } else if (inner instanceof z.ZodNumber) {
    if (Number.isFinite(inner.minValue)) out.min = inner.minValue!;
    if (Number.isFinite(inner.maxValue)) out.max = inner.maxValue!;
    if (required) out.required = true;
  }
  return out;
}
