import "server-only";
import { getTranslations } from "next-intl/server";
import type { CheckLabels } from "./check-labels";

export async function checkLabels(locale: string): Promise<CheckLabels> {
  const [t, review] = await Promise.all([getTranslations({ locale, namespace: "checks" }), getTranslations({ locale, namespace: "review" })]);
  const keys = ["submit", "right", "wrong", "rightAnswer", "explain", "next", "pickOne", "pickAll", "number", "orderHint", "moveUp", "moveDown", "keys", "error", "rated"] as const;
  return {
    ...(Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<(typeof keys)[number], string>),
    ratings: { 1: review("grade1"), 2: review("grade2"), 3: review("grade3"), 4: review("grade4") },
  };
}
