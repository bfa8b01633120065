/**
 * Scripts run outside Next, which loads .env.local by itself; load it here the same way so a
 * script and the server see the same settings. Variables already set win.
 */
import { existsSync } from "node:fs";

export function loadLocalEnv(file = ".env.local") {
  if (existsSync(file)) process.loadEnvFile(file);
}
