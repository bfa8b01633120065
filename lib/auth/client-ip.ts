/**
 * The caller's IP for throttling. Next's server appends the socket address to
 * x-forwarded-for, so the last entry is the one no client can forge. Pure.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip") || "unknown";
}
