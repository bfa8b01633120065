/**
 * Prisma's schema engine compiled to WebAssembly, driven through our own driver adapters.
 * NOTE: the native schema engine cannot be downloaded on our machines (stack notes), and
 * the Prisma CLI's migrate commands need it. This is a development/CI tool only: it creates
 * migration SQL and checks drift. Start-up applies committed SQL without it (lib/db/migrations.ts).
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { Dialect } from "../../lib/db/dialect.ts";
import { renderSchema } from "./schemas.ts";

const require = createRequire(import.meta.url);

// The subset of the wasm-bindgen class we use (types live in the package's .d.ts).
type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
};

let bindings: Promise<{ SchemaEngine: { new: (o: unknown, log: (m: string) => void, a: object) => Promise<Engine> } }> | undefined;

function loadBindings() {
  bindings ??= (async () => {
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const glue = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
    const compiled = await WebAssembly.compile(readFileSync(path.join(dir, "schema_engine_bg.wasm")));
    const instance = await WebAssembly.instantiate(compiled, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return glue;
  })();
  return bindings;
}

export async function openEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<Engine> {
  const { SchemaEngine } = await loadBindings();
  const logs: string[] = [];
  return SchemaEngine.new({ datamodels: undefined }, (m: string) => logs.push(m), bindMigrationAwareSqlAdapterFactory(factory));
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function migrationList(dir: string, dialect: Dialect) {
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: `provider = "${dialect}"\n` },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Replays the committed migrations into the (empty, scratch) database behind `factory`. */
export async function replay(engine: Engine, dir: string, dialect: Dialect) {
  return engine.applyMigrations({ migrationsList: migrationList(dir, dialect), filters: NO_FILTERS });
}

/** SQL that takes the database behind the engine to the models; "" when nothing differs. */
export async function diffToModels(engine: Engine, dialect: Dialect): Promise<string> {
  const schema = renderSchema(dialect);
  const result = await engine.diff({
    from: { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: schema }], configDir: "." },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
    script: true,
    exitCode: true,
    filters: NO_FILTERS,
  });
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}

/**
 * NOTE: adapter-pg cannot deserialize Postgres' internal `"char"` type (OID 18), which the
 * engine meets in the catalogs while it introspects (stack notes). This client reports such
 * columns as `text` (OID 25); it is used by the migration tool only, never by the app.
 */
export class CatalogFriendlyClient extends pg.Client {
  // pg.Pool#query calls this with a callback; direct callers get a promise. Patch both.
  override query(...args: unknown[]): never {
    const asText = (res: { fields?: { dataTypeID: number }[] } | undefined) => {
      for (const field of res?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return res;
    };
    const cbIndex = args.findIndex((a) => typeof a === "function");
    if (cbIndex >= 0) {
      const cb = args[cbIndex] as (err: unknown, res: unknown) => void;
      args[cbIndex] = (err: unknown, res: { fields?: { dataTypeID: number }[] }) => cb(err, asText(res));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<{ fields?: { dataTypeID: number }[] }>).then(asText) as never;
    }
    return result as never;
  }
}
