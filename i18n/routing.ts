import { defineRouting } from "next-intl/routing";

// zh-CN is served without a prefix (/questions), English under /en/questions. No locale
// detection: the URL alone decides, so pages stay static and every URL has one language.
export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
