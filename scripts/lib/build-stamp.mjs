/** Skips `next build` when nothing it reads has changed since the last build into distDir. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./bootstrap.mjs";

// Everything a production build reads. Content is in it because pages are prerendered from it.
const BUILD_INPUTS = ["app", "components", "lib", "i18n", "messages", "public", "content", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/models.prisma", "scripts/csp-hashes.ts"];

export function hashBuildInputs(extra = "") {
  const h = createHash("sha256");
  const visit = (rel) => {
    const abs = path.join(ROOT, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (name !== "generated") visit(path.join(rel, name));
    } else h.update(rel).update("\0").update(readFileSync(abs)).update("\0");
  };
  BUILD_INPUTS.forEach(visit);
  h.update(extra);
  return h.digest("hex");
}

export function buildIsCurrent(distDir, hash) {
  const stamp = path.join(ROOT, distDir, ".rollout-build-hash");
  return existsSync(stamp) && readFileSync(stamp, "utf8") === hash;
}

export function markBuilt(distDir, hash) {
  writeFileSync(path.join(ROOT, distDir, ".rollout-build-hash"), hash);
}
