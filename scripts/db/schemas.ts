/**
 * One model source, two dialects: a Prisma schema's provider cannot come from the
 * environment, so prisma/models.prisma is stamped into one schema file per dialect.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Dialect } from "../../lib/db/dialect.ts";

export const DIALECTS: Dialect[] = ["sqlite", "postgresql"];
export const ROOT = path.resolve(import.meta.dirname, "../..");
export const MODELS_FILE = path.join(ROOT, "prisma/models.prisma");

export const schemaFile = (d: Dialect) => path.join(ROOT, "prisma", d, "schema.prisma");
export const migrationsDir = (d: Dialect) => path.join(ROOT, "prisma", d, "migrations");

export function renderSchema(dialect: Dialect, models = readFileSync(MODELS_FILE, "utf8")): string {
  return `// GENERATED from prisma/models.prisma by \`npm run db:schemas\` — do not edit.

generator client {
  provider     = "prisma-client"
  output       = "../../lib/generated/${dialect}"
  moduleFormat = "esm"
}

datasource db {
  provider = "${dialect}"
}

${models}`;
}

/** Writes both schema files; returns the dialects whose file changed. */
export function writeSchemas(): Dialect[] {
  const changed: Dialect[] = [];
  for (const d of DIALECTS) {
    const next = renderSchema(d);
    let current = "";
    try {
      current = readFileSync(schemaFile(d), "utf8");
    } catch {}
    if (current !== next) {
      mkdirSync(path.dirname(schemaFile(d)), { recursive: true });
      writeFileSync(schemaFile(d), next);
      changed.push(d);
    }
  }
  return changed;
}

/** Dialects whose committed schema file differs from what the models produce. */
export function staleSchemas(): Dialect[] {
  return DIALECTS.filter((d) => {
    try {
      return readFileSync(schemaFile(d), "utf8") !== renderSchema(d);
    } catch {
      return true;
    }
  });
}
