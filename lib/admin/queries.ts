import "server-only";
import { db } from "@/lib/db";

export async function listUsers() {
  return db.user.findMany({
    select: { id: true, name: true, email: true, role: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}
