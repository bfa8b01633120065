/** What to read next about something: the items sharing the most topics with it. Pure. */

/** Items sharing at least one of `topics`, most shared first (then in their given order), at most `limit`. */
export function byTopicOverlap<T extends { topics: readonly string[] }>(topics: readonly string[], items: readonly T[], limit = 3): T[] {
  const wanted = new Set(topics);
  return items
    .map((item, index) => ({ item, index, shared: item.topics.filter((t) => wanted.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.item);
}
