/**
 * A PostgreSQL server for the tests: the one on 127.0.0.1:5432 when it answers, otherwise a
 * throwaway cluster started from the machine's PostgreSQL binaries (installed from Debian when
 * missing and we are root), fsync off, on its own port, removed when the run ends.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";

const LOCAL = "postgresql://postgres@127.0.0.1:5432/postgres";

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function findBinDir() {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(path.join(base, v, "bin/initdb"))) return path.join(base, v, "bin");
  return null;
}

function aptInstall(pkg) {
  if (userInfo().uid !== 0 || !existsSync("/usr/bin/apt-get")) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  return spawnSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit", env }).status === 0;
}

/** Returns { url, stop(), note } or { skip: reason }. */
export async function providePostgres() {
  if (await answers(LOCAL)) return { url: LOCAL, stop: async () => {}, note: "PostgreSQL on 127.0.0.1:5432" };

  let binDir = findBinDir();
  if (!binDir && aptInstall("postgresql")) binDir = findBinDir();
  if (!binDir) return { skip: "no PostgreSQL reachable on 127.0.0.1:5432 and no PostgreSQL binaries (install the Debian package postgresql, or run as root so npm test can)" };

  const dir = mkdtempSync(path.join(tmpdir(), "rollout-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const port = 55432 + Math.floor(Math.random() * 1000);
  // initdb refuses to run as root: run the cluster as the postgres system user then.
  const asUser = userInfo().uid === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  const exec = (bin, args) => {
    const [cmd, ...rest] = [...asUser, path.join(binDir, bin), ...args];
    return spawnSync(cmd, rest, { stdio: ["ignore", "ignore", "inherit"] }).status === 0;
  };
  if (!exec("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"])) {
    return { skip: `could not initdb a throwaway cluster in ${dir}` };
  }
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  if (!exec("pg_ctl", ["-D", data, "-o", opts, "-w", "-l", path.join(dir, "log"), "start"])) {
    return { skip: `could not start the throwaway cluster (log: ${path.join(dir, "log")})` };
  }
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    note: `throwaway PostgreSQL cluster on port ${port}`,
    stop: async () => {
      exec("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
