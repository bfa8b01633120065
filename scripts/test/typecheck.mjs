/** Route types come from `next typegen`; generate them, then type-check the whole project. */
import { bin, mustRun } from "../lib/bootstrap.mjs";

// next.config reads lib/env, which wants a secret in production mode; typegen needs none.
mustRun(bin("next"), ["typegen"], { env: { BETTER_AUTH_SECRET: "typegen-placeholder-secret-not-used-anywhere" } });
mustRun(bin("tsc"), ["--noEmit"]);
