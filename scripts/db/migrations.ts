/**
 * Migration authoring and drift checks, for both dialects.
 *   npm run db:migrate:create -- <name>   write SQL that takes the committed migrations to the models
 *   npm run db:migrate:check              fail when schemas are stale or migrations drift
 * Start-up never runs this (it applies committed SQL with lib/db/migrations.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { redact } from "../../lib/db/dialect.ts";
import { diffToModels, replay } from "./engine.ts";
import { DIALECTS, migrationsDir, staleSchemas, writeSchemas } from "./schemas.ts";
import { adminUrl, withScratchEngine } from "./scratch.ts";

async function pendingSql(dialect: (typeof DIALECTS)[number]): Promise<string> {
  return withScratchEngine(dialect, async (engine) => {
    await replay(engine, migrationsDir(dialect), dialect);
    return diffToModels(engine, dialect);
  });
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function create(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("migration name: use lower-case letters, digits and _");
  writeSchemas();
  const stamp = timestamp();
  for (const dialect of DIALECTS) {
    const sql = await pendingSql(dialect);
    if (!sql.trim()) {
      console.log(`${dialect}: models and migrations agree, nothing to write`);
      continue;
    }
    const dir = path.join(migrationsDir(dialect), `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    writeFileSync(path.join(migrationsDir(dialect), "migration_lock.toml"), `provider = "${dialect}"\n`);
    console.log(`${dialect}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
}

async function check(dialects = DIALECTS): Promise<boolean> {
  let ok = true;
  const stale = staleSchemas();
  if (stale.length) {
    ok = false;
    console.error(`✗ generated schema stale for ${stale.join(", ")}: run npm run db:schemas`);
  }
  for (const dialect of dialects) {
    let sql: string;
    try {
      sql = await pendingSql(dialect);
    } catch (error) {
      ok = false;
      const where = dialect === "postgresql" ? ` (server ${redact(adminUrl())})` : "";
      console.error(`✗ ${dialect}: could not replay migrations${where}: ${(error as Error).message}`);
      continue;
    }
    if (sql.trim()) {
      ok = false;
      console.error(`✗ ${dialect}: migrations do not reproduce prisma/models.prisma; missing:\n${sql}`);
      console.error(`  run: npm run db:migrate:create -- <name>`);
    } else {
      console.log(`✓ ${dialect}: migrations reproduce the models`);
    }
  }
  return ok;
}

const [command, arg] = process.argv.slice(2);
if (command === "create" && arg) await create(arg);
else if (command === "check") {
  // `check sqlite` checks one dialect (npm test does so when no PostgreSQL is available).
  const only = DIALECTS.filter((d) => d === arg);
  process.exitCode = (await check(only.length ? only : DIALECTS)) ? 0 : 1;
}
else {
  console.error("usage: migrations.ts create <name> | check");
  process.exitCode = 2;
}
