/**
 * npm run db:generate — writes the per-dialect schemas and generates both Prisma clients when
 * their schema changed since the last generation (a stamp file records the schema's hash).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DIALECTS, ROOT, schemaFile, writeSchemas } from "./schemas.ts";

export function prismaEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(ROOT, "scripts/db/no-schema-engine.sh"),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
}

export function generateClients(force = false): string[] {
  writeSchemas();
  const generated: string[] = [];
  for (const dialect of DIALECTS) {
    const schema = readFileSync(schemaFile(dialect), "utf8");
    const hash = createHash("sha256").update(schema).digest("hex");
    const stamp = path.join(ROOT, "lib/generated", dialect, ".schema-hash");
    if (!force && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) continue;
    execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["generate", "--schema", schemaFile(dialect)], {
      cwd: ROOT,
      env: prismaEnv(),
      stdio: ["ignore", "ignore", "inherit"],
    });
    writeFileSync(stamp, hash);
    generated.push(dialect);
  }
  return generated;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const done = generateClients(process.argv.includes("--force"));
  console.log(done.length ? `✓ generated Prisma clients: ${done.join(", ")}` : "✓ Prisma clients up to date");
}
