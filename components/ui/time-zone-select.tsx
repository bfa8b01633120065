"use client";
import { useEffect, useRef } from "react";
import { useBrowserTimeZone } from "./use-browser-time-zone";

type TimeZoneSelectProps = {
  id?: string;
  name: string;
  value: string;
  choices: { value: string; label: string }[];
  /** Start from the browser's own zone instead of `value` (a user who never chose one). */
  detect?: boolean;
  className?: string;
};

/** A time zone picked from the list of real zones; a stored zone missing from it is kept. */
export function TimeZoneSelect({ id, name, value, choices, detect = false, className }: TimeZoneSelectProps) {
  const ref = useRef<HTMLSelectElement>(null);
  const own = useBrowserTimeZone();
  useEffect(() => {
    if (detect && own && ref.current && choices.some((c) => c.value === own)) ref.current.value = own;
  }, [detect, own, choices]);
  const options = choices.some((c) => c.value === value) ? choices : [{ value, label: value }, ...choices];
  return (
    <select ref={ref} id={id ?? name} name={name} defaultValue={value} className={className}>
      {options.map((c) => (
        <option key={c.value} value={c.value}>{c.label}</option>
      ))}
    </select>
  );
}
