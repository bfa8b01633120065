/**
 * A submitted form as a plain object for a zod schema: one string per field, or every value
 * of the fields named in `multi` (checkbox groups). Files and Next's own `$ACTION…` fields of
 * a no-JavaScript post are left out. Pure.
 */
export function formObject(data: FormData, multi: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(data.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = data.getAll(key).filter((v): v is string => typeof v === "string");
    if (multi.includes(key)) out[key] = values;
    else if (values.length) out[key] = values[0]!;
  }
  for (const key of multi) out[key] ??= [];
  return out;
}
