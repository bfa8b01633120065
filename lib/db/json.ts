/**
 * JSON columns at the data boundary. Reads are checked with zod where they leave the database:
 * a row written by an older version or by hand is logged and replaced by a safe value, never
 * cast and never the cause of a 500. Writes state what they store.
 */
import { z } from "zod";
import { Prisma } from "../generated/sqlite/client.ts";

// Both generated clients share Prisma's runtime, so its null markers are the same objects.
export const { JsonNull, DbNull } = Prisma;
export type JsonValue = Prisma.InputJsonValue;

/** The value as `schema` says, or `fallback` when the row holds something else. */
export function parseJson<T>(schema: z.ZodType<T>, value: unknown, fallback: T, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn(`${where}: unexpected JSON (${parsed.error.issues[0]?.message ?? "invalid"}); using a default`);
  return fallback;
}

const stringList = z.array(z.string());
const numberList = z.array(z.number());

export const strings = (value: unknown, where = "string list") => parseJson(stringList, value, [], where);
export const numbers = (value: unknown, where = "number list") => parseJson(numberList, value, [], where);
