/**
 * Saving a text that names the version it builds on (a story field, a direction take): the
 * first save creates it, later ones update only the version they read; a second tab's save
 * built on an older version is refused with what was saved since.
 */
export type VersionedOps = {
  create: () => Promise<unknown>;
  update: () => Promise<{ count: number }>;
  current: () => Promise<{ text: string; version: number } | null>;
};

export async function saveVersioned(ops: VersionedOps, baseVersion: number): Promise<{ saved: true } | { saved: false; text: string; version: number }> {
  let saved: boolean;
  if (baseVersion === 0) {
    // The first save; a second tab's first save races it on the primary key.
    saved = await ops.create().then(() => true, () => false);
  } else {
    saved = (await ops.update()).count === 1;
  }
  if (saved) return { saved: true };
  const row = await ops.current();
  return { saved: false, text: row?.text ?? "", version: row?.version ?? 0 };
}
