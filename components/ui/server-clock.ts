"use client";
import { useEffect, useState } from "react";

/** Seconds since `startedAt` by the server's clock (the browser's may be off by minutes). */
export function useServerElapsed(startedAt: string, serverNow: string): number {
  const [skew] = useState(() => Date.parse(serverNow) - Date.now());
  const since = () => Math.max(0, Math.floor((Date.now() + skew - Date.parse(startedAt)) / 1000));
  const [elapsed, setElapsed] = useState(since);
  useEffect(() => {
    const timer = setInterval(() => setElapsed(since()), 1000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `since` only reads the two props
  }, [startedAt, skew]);
  return elapsed;
}
