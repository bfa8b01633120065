import { describe, expect, it } from "vitest";
import { pendingMigrations, type Migration } from "./migrations";
import { dialectOf, redact } from "./dialect";

const m = (name: string, checksum = `sum-${name}`): Migration => ({ name, sql: "", checksum });

describe("pending migrations", () => {
  it("runs only what is not applied, in order", () => {
    const todo = pendingMigrations([m("1_a"), m("2_b"), m("3_c")], [{ migration_name: "1_a", checksum: "sum-1_a", finished_at: new Date() }]);
    expect(todo.map((x) => x.name)).toEqual(["2_b", "3_c"]);
  });

  it("refuses a migration edited after it was applied", () => {
    expect(() => pendingMigrations([m("1_a", "new")], [{ migration_name: "1_a", checksum: "old", finished_at: new Date() }])).toThrow(/edited/);
  });

  it("refuses a database with history this checkout does not have", () => {
    expect(() => pendingMigrations([], [{ migration_name: "9_z", checksum: "x", finished_at: new Date() }])).toThrow(/not in this checkout/);
  });

  it("refuses to continue after a failed migration", () => {
    expect(() => pendingMigrations([m("1_a")], [{ migration_name: "1_a", checksum: "sum-1_a", finished_at: null }])).toThrow(/failed/);
  });
});

describe("database URL", () => {
  it("picks the dialect from the scheme", () => {
    expect(dialectOf("file:./data/x.db")).toBe("sqlite");
    expect(dialectOf("postgresql://u@h/db")).toBe("postgresql");
    expect(dialectOf("postgres://u@h/db")).toBe("postgresql");
    expect(() => dialectOf("mysql://x")).toThrow(/DATABASE_URL/);
  });

  it("never prints a password", () => {
    expect(redact("postgresql://app:s3cret@db:5432/x")).toBe("postgresql://app:***@db:5432/x");
  });
});
