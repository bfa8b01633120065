import "server-only";
import { getTranslations } from "next-intl/server";

/** The "errors" namespace for the caller's locale; unknown keys (zod's own messages) pass through. */
export async function errorTranslator(): Promise<(key: string) => string> {
  const t = await getTranslations("errors");
  return (key) => (t.has(key as never) ? t(key as never) : key);
}
