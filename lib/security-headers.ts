/**
 * Headers on every response. The CSP is what the pages actually need:
 * - scripts only from this origin; 'unsafe-inline' because statically prerendered pages carry
 *   Next's inline bootstrap scripts and a per-request nonce would force every page to render
 *   per request (NOTE: Next docs, "Content Security Policy" — nonces require dynamic rendering);
 * - inline styles because KaTeX positions glyphs with style attributes;
 * - fonts and images from this origin (KaTeX fonts are bundled), no frames, no plugins.
 * Pure: next.config.ts and the tests read the same list.
 */
export function securityHeaders(dev: boolean): { key: string; value: string }[] {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  ];
}
