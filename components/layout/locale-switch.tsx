"use client";
import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

/** Same page in the other language (the pathname without its locale prefix). */
export function LocaleSwitch({ label, text }: { label: string; text: string }) {
  const pathname = usePathname();
  const other = useLocale() === "en" ? "zh-CN" : "en";
  return (
    <Link href={pathname} locale={other} aria-label={`${label}: ${text}`} lang={other} className="rounded border border-line px-2 py-1 hover:bg-surface-2">
      {text}
    </Link>
  );
}
