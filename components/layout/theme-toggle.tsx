"use client";
import { useEffect, useSyncExternalStore } from "react";

type Theme = "system" | "light" | "dark";
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const KEY = "theme";
const listeners = new Set<() => void>();

function read(): Theme {
  const saved = localStorage.getItem(KEY);
  return saved === "light" || saved === "dark" ? saved : "system";
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener); // other tabs
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** Cycles system → light → dark. Default follows the OS (CSS), so first paint never flashes. */
export function ThemeToggle({ labels }: { labels: { theme: string; light: string; dark: string; system: string } }) {
  const theme = useSyncExternalStore(subscribe, read, () => "system" as Theme);
  useEffect(() => {
    if (theme === "system") document.documentElement.removeAttribute("data-theme");
    else document.documentElement.setAttribute("data-theme", theme);
  }, [theme]);
  const choose = () => {
    const next = NEXT[theme];
    if (next === "system") localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
    listeners.forEach((l) => l());
  };
  return (
    <button type="button" onClick={choose} className="whitespace-nowrap rounded border border-line px-2 py-1 hover:bg-surface-2" aria-label={`${labels.theme}: ${labels[theme]}`}>
      {labels[theme]}
    </button>
  );
}
