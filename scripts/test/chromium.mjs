/** Debian's Chromium for the end-to-end tests (Playwright cannot download browsers here). */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { userInfo } from "node:os";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium() {
  return process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)
    ? process.env.CHROMIUM_PATH
    : CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Returns { path } or { skip: reason }. Installs the Debian package when possible. */
export function provideChromium() {
  const found = findChromium();
  if (found) return { path: found };
  if (userInfo().uid !== 0 || !existsSync("/usr/bin/apt-get")) {
    return { skip: "Chromium is not installed and npm test is not root: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH)" };
  }
  console.log("› installing Debian chromium for the end-to-end tests …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const ok = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env }).status === 0;
  const installed = findChromium();
  return ok && installed ? { path: installed } : { skip: "apt-get install chromium failed (see output above)" };
}
