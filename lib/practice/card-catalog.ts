/**
 * Which card ids exist and which are retired, cached per database client for a minute. The
 * catalog only changes when content is ingested, and reading it on every grade cost more
 * than the grade's own writes (measured with npm run bench:review).
 */
import type { Db } from "../db/client.ts";

// A database client or a transaction client: both read cards the same way.
type CardReader = Pick<Db, "card">;

type Catalog = { at: number; retired: Set<string>; live: Set<string> };
const TTL_MS = 60_000;
const cache = new WeakMap<object, Promise<Catalog>>();
const stamps = new WeakMap<object, number>();

export async function cardCatalog(db: CardReader): Promise<Catalog> {
  const at = stamps.get(db) ?? 0;
  if (!cache.has(db) || Date.now() - at > TTL_MS) {
    stamps.set(db, Date.now());
    cache.set(
      db,
      db.card.findMany({ select: { id: true, retiredAt: true } }).then((cards) => ({
        at: Date.now(),
        retired: new Set(cards.filter((c) => c.retiredAt).map((c) => c.id)),
        live: new Set(cards.filter((c) => !c.retiredAt).map((c) => c.id)),
      })),
    );
  }
  return cache.get(db)!;
}

/** Forget the cached catalog (after an ingest in this process, and in tests). */
export function resetCardCatalog(db: CardReader): void {
  cache.delete(db);
}
