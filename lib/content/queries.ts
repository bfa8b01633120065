import "server-only";
import { db } from "@/lib/db";
import { strings } from "@/lib/db/json";
import { keywords, sections, sources } from "./columns.ts";
import { queryTerms } from "./search-text.ts";

const live = { retiredAt: null } as const;

export async function listDirections() {
  const rows = await db.direction.findMany({
    where: live,
    orderBy: { order: "asc" },
    include: { _count: { select: { questions: { where: { question: live } } } } },
  });
  return rows.map((d) => ({ ...d, tags: strings(d.tags), sections: sections(d.sections, `direction ${d.slug}`), questionCount: d._count.questions }));
}

export async function getDirection(slug: string) {
  const d = await db.direction.findFirst({ where: { slug, ...live } });
  return d && { ...d, tags: strings(d.tags), sections: sections(d.sections, `direction ${d.slug}`) };
}

export async function listTopics() {
  return db.topic.findMany({ where: live, orderBy: { position: "asc" } });
}

export type QuestionFilter = { id?: string; level?: string; direction?: string; topic?: string; q?: string };

export async function listQuestions(filter: QuestionFilter = {}) {
  const terms = filter.q ? queryTerms(filter.q) : [];
  const rows = await db.question.findMany({
    where: {
      ...live,
      ...(filter.id ? { id: filter.id } : {}),
      ...(filter.level ? { level: filter.level } : {}),
      ...(filter.direction ? { directions: { some: { directionSlug: filter.direction } } } : {}),
      ...(filter.topic ? { topics: { some: { topicId: filter.topic } } } : {}),
      // searchText is lower-cased at ingest, terms here: `contains` behaves the same on both dialects.
      ...(terms.length ? { AND: terms.map((t) => ({ searchText: { contains: t } })) } : {}),
    },
    select: {
      id: true, level: true, titleZh: true, titleEn: true, homeDirection: true,
      topics: { select: { topicId: true } },
      directions: { select: { directionSlug: true }, orderBy: { position: "asc" } },
    },
    orderBy: [{ level: "asc" }, { id: "asc" }],
  });
  return rows.map((q) => ({ ...q, topics: q.topics.map((t) => t.topicId), directions: q.directions.map((d) => d.directionSlug) }));
}

export async function getQuestion(id: string) {
  const q = await db.question.findFirst({
    where: { id, ...live },
    include: { directions: { orderBy: { position: "asc" } }, topics: true },
  });
  if (!q) return null;
  return {
    ...q,
    sources: sources(q.sources, `question ${q.id}`),
    keyPoints: strings(q.keyPoints),
    followUps: strings(q.followUps),
    directionSlugs: q.directions.map((d) => d.directionSlug),
    topicIds: q.topics.map((t) => t.topicId),
  };
}

/** Questions sharing the most topics with this one (then same home direction). */
export async function relatedQuestions(id: string, topicIds: string[], limit = 6) {
  if (!topicIds.length) return [];
  const rows = await db.question.findMany({
    where: { ...live, id: { not: id }, topics: { some: { topicId: { in: topicIds } } } },
    select: { id: true, level: true, titleZh: true, titleEn: true, topics: { select: { topicId: true } } },
  });
  const wanted = new Set(topicIds);
  return rows
    .map((r) => ({ ...r, shared: r.topics.filter((t) => wanted.has(t.topicId)).length }))
    .sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id))
    .slice(0, limit);
}

export async function listQuestionIds() {
  return (await db.question.findMany({ where: live, select: { id: true } })).map((q) => q.id);
}

export async function listNotes() {
  const rows = await db.note.findMany({ where: live, orderBy: [{ series: "asc" }, { order: "asc" }], omit: { body: true } });
  return rows.map((n) => ({ ...n, directions: strings(n.directions), topics: strings(n.topics) }));
}

export async function getNote(slug: string) {
  const n = await db.note.findFirst({ where: { slug, ...live } });
  return n && { ...n, directions: strings(n.directions), topics: strings(n.topics), sources: sources(n.sources, `note ${n.slug}`) };
}

export async function listTalkTracks() {
  const rows = await db.talkTrack.findMany({ where: live, orderBy: [{ order: "asc" }], omit: { body: true } });
  return rows.map((t) => ({ ...t, directions: strings(t.directions), tracks: strings(t.tracks), fdeTracks: strings(t.fdeTracks), keywords: keywords(t.keywords, `talk track ${t.slug}`) }));
}

export async function getTalkTrack(slug: string) {
  const t = await db.talkTrack.findFirst({ where: { slug, ...live } });
  return t && { ...t, directions: strings(t.directions), tracks: strings(t.tracks), fdeTracks: strings(t.fdeTracks), keywords: keywords(t.keywords, `talk track ${t.slug}`) };
}

export async function listPapers() {
  const rows = await db.paper.findMany({ where: live, orderBy: [{ date: "desc" }, { id: "asc" }] });
  return rows.map((p) => ({ ...p, lists: strings(p.lists) }));
}

/** Paper ids by arXiv id, so a cited source can link to its timeline entry. */
export async function paperIdsByArxiv(): Promise<Map<string, string>> {
  const rows = await db.paper.findMany({ where: { ...live, arxiv: { not: null } }, select: { id: true, arxiv: true } });
  return new Map(rows.map((r) => [r.arxiv!, r.id]));
}

export async function listModels() {
  const rows = await db.reasoningModel.findMany({ where: live, orderBy: { position: "asc" } });
  return rows.map((m) => ({ ...m, papers: strings(m.papers) }));
}

export async function formulaCardsOf(ownerKind: "question" | "note", ownerId: string) {
  return db.formulaCard.findMany({ where: { ownerKind, ownerId, ...live }, orderBy: { position: "asc" } });
}

export async function corpusCounts() {
  const [directions, questions, notes, papers] = await Promise.all([
    db.direction.count({ where: live }),
    db.question.count({ where: live }),
    db.note.count({ where: live }),
    db.paper.count({ where: live }),
  ]);
  return { directions, questions, notes, papers };
}

/** Titles of the given questions, for lists built from ids (calibration, reports). */
export async function questionTitles(ids: string[]): Promise<Map<string, { titleZh: string; titleEn: string }>> {
  if (!ids.length) return new Map();
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: { id: true, titleZh: true, titleEn: true } });
  return new Map(rows.map((r) => [r.id, { titleZh: r.titleZh, titleEn: r.titleEn }]));
}
