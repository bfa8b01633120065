"use client";
import { useSyncExternalStore } from "react";

const never = () => () => {};

/** The browser's IANA time zone after hydration (null on the server and before). */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(never, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => null);
}
