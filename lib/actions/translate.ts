import "server-only";
import { getTranslations } from "next-intl/server";

/** The "errors" namespace for the caller's locale; unknown keys (zod's own messages) pass through. */
export async function errorTranslator(): Promise<(key: string) => string> {
  const t = await getTranslations("errors");
  // A schema's message is a plain string: checked against the catalogue before it is used as a key.
  type ErrorKey = Parameters<typeof t.has>[0];
  return (key) => (t.has(key as ErrorKey) ? t(key as ErrorKey) : key);
}
