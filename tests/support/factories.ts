/** Test data made directly in the database — the same shapes the app writes. */
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";

export async function makeUser(db: Db, overrides: { role?: Role; name?: string; email?: string } = {}) {
  const id = randomUUID();
  return db.user.create({
    data: { id, name: overrides.name ?? `User ${id.slice(0, 6)}`, email: overrides.email ?? `${id}@example.test`, role: overrides.role ?? "candidate" },
  });
}
