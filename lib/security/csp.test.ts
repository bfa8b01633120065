import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes, pathOfPrerendered } from "./csp";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("Content-Security-Policy", () => {
  it("allows a page's own inline scripts by hash or nonce, never any inline script", () => {
    const hashed = contentSecurityPolicy({ hashes: ["sha256-abc="] });
    expect(hashed).toContain("script-src 'self' 'sha256-abc='");
    expect(contentSecurityPolicy({ nonce: "n0nce", hashes: ["sha256-x="] })).toContain("script-src 'self' 'nonce-n0nce' 'sha256-x='");
    for (const policy of [hashed, contentSecurityPolicy({ nonce: "n" })]) {
      const scripts = policy.split("; ").find((d) => d.startsWith("script-src"))!;
      expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(contentSecurityPolicy({ nonce: "n" }, true)).toContain("'unsafe-eval'"); // React's dev tooling only
  });

  it("hashes exactly the inline scripts of a page, as the browser will", () => {
    const html = `<script src="/_next/static/a.js" async></script><script>self.__next_f.push([1,"x"])</script><script id="b">a&&b()</script><p>no</p><script>self.__next_f.push([1,"x"])</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha(`self.__next_f.push([1,"x"])`), sha("a&&b()")]);
  });

  it("maps a prerendered file to the path it is served at", () => {
    expect(pathOfPrerendered("zh-CN/questions/grpo-vs-ppo.html", "zh-CN")).toBe("/questions/grpo-vs-ppo");
    expect(pathOfPrerendered("zh-CN.html", "zh-CN")).toBe("/");
    expect(pathOfPrerendered("en.html", "zh-CN")).toBe("/en");
    expect(pathOfPrerendered("en/notes/ppo-to-grpo.html", "zh-CN")).toBe("/en/notes/ppo-to-grpo");
    expect(pathOfPrerendered("_not-found.html", "zh-CN")).toBeNull();
  });
});
