"use client";
import { useState, type InputHTMLAttributes } from "react";
import { useLocale } from "next-intl";
import { formatCalendarDate } from "@/lib/time/format";
import { parseCalendarDate } from "@/lib/time/calendar-date";

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue"> & { name: string; defaultValue?: string };

/**
 * A date picker that also spells the picked date out in the page's language. The browser
 * draws <input type="date"> in its own locale (12/01/2029 on an English Chrome reading a
 * Chinese page); the words beside it say which day that is, as everyone else will see it.
 */
export function DateInput({ defaultValue = "", className, ...input }: DateInputProps) {
  const locale = useLocale();
  const [value, setValue] = useState(defaultValue);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <input type="date" defaultValue={defaultValue} onChange={(e) => setValue(e.currentTarget.value)} className={className} {...input} />
      <output htmlFor={input.id ?? input.name} className="text-sm text-muted" data-testid={`${input.name}-spelled`}>
        {parseCalendarDate(value) ? formatCalendarDate(value, locale) : ""}
      </output>
    </span>
  );
}
