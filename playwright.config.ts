import { defineConfig, devices } from "@playwright/test";

// NOTE: Playwright cannot download its browsers here; npm test provides Debian's Chromium and
// passes its path. These flags keep Chromium off the (closed) network (stack notes).
const CHROMIUM = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  },
};

// The journeys that write data run on both databases; content pages are the same build.
const withPostgres = !!process.env.E2E_POSTGRES_ADMIN_URL;
const reuse = process.env.E2E_REUSE_SERVER === "1"; // for iterating against servers you started

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: { trace: "retain-on-failure" },
  projects: [
    { name: "sqlite", use: { ...CHROMIUM, baseURL: "http://127.0.0.1:3210" }, metadata: { databaseUrl: "file:./data/e2e.db" } },
    ...(withPostgres
      ? [{
          name: "postgresql",
          testIgnore: ["public-pages.spec.ts"],
          use: { ...CHROMIUM, baseURL: "http://127.0.0.1:3211" },
          metadata: { databaseUrl: (() => { const u = new URL(process.env.E2E_POSTGRES_ADMIN_URL!); u.pathname = "/rollout_e2e"; return u.toString(); })() },
        }]
      : []),
  ],
  webServer: [
    { command: "node scripts/test/e2e-server.mjs", url: "http://127.0.0.1:3210/", timeout: 900_000, reuseExistingServer: reuse, stdout: "ignore", stderr: "pipe" },
    ...(withPostgres
      ? [{ command: "node scripts/test/e2e-server.mjs --postgresql", url: "http://127.0.0.1:3211/", timeout: 900_000, reuseExistingServer: reuse, stdout: "ignore" as const, stderr: "pipe" as const }]
      : []),
  ],
});
