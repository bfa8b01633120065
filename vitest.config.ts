import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Server modules import "server-only", which throws outside a React server bundle.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts", "i18n/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        // The real corpus in content/: counts, completeness and the field finder's hit rate.
        test: { name: "content", include: ["tests/content/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file makes its own database; files run in parallel, tests inside one file in order.
          fileParallelism: true,
        },
      },
    ],
  },
});
