/** Which database a DATABASE_URL points at. Pure: shared by the app, scripts and tests. */
export type Dialect = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/rollout.db";

export function dialectOf(url: string): Dialect {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${redact(url)}"`,
  );
}

/** Path of the SQLite file a file: URL names (relative paths resolve from the project root). */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}

/** Hide the password of a connection string before it reaches a log or an error. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, "//$1:***@");
}
