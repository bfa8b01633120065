/** npm run db:migrate — applies committed migrations to DATABASE_URL (no schema engine). */
import { migrate } from "../../lib/db/migrations.ts";
import { redact } from "../../lib/db/dialect.ts";
import { loadLocalEnv } from "../local-env.ts";

loadLocalEnv();
const { env } = await import("../../lib/env.ts");
const applied = await migrate(env.DATABASE_URL, process.cwd());
console.log(applied.length ? `✓ applied ${applied.length} migration(s) to ${redact(env.DATABASE_URL)}: ${applied.join(", ")}` : `✓ database ${redact(env.DATABASE_URL)} is up to date`);
