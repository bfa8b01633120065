/** Throwaway databases for the migration tool: replay migrations, then diff against the models. */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Dialect } from "../../lib/db/dialect.ts";
import { CatalogFriendlyClient, openEngine } from "./engine.ts";

/** A server where the tool may create and drop its own scratch databases. */
export function adminUrl(): string {
  return process.env.POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export async function withScratchEngine<T>(
  dialect: Dialect,
  run: (engine: Awaited<ReturnType<typeof openEngine>>) => Promise<T>,
): Promise<T> {
  if (dialect === "sqlite") {
    const engine = await openEngine(new PrismaBetterSqlite3({ url: ":memory:" }));
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  }
  const name = `rollout_scratch_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), Client: CatalogFriendlyClient as never });
  const engine = await openEngine(new PrismaPg(pool));
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
