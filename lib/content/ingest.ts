/**
 * Writes a validated corpus to the database in one transaction. Idempotent: rows are keyed by
 * their content id and only rewritten when their content hash changed; an unchanged corpus is
 * a no-op. Content that disappeared is retired (retiredAt), never deleted, so user progress
 * pointing at it survives.
 */
import type { Db, Tx } from "../db/client.ts";
import type { Corpus } from "./types.ts";
import { normalizeForSearch } from "./search-text.ts";
import { resetCardCatalog } from "../practice/card-catalog.ts";
import { CONTENT_HTML_VERSION } from "../markdown/content-html.ts";
import { exerciseFaces, formulaFaces, probeFaces, questionFaces } from "./faces.ts";
import { presentCheck } from "../checks/present.ts";
import { sha } from "./parse-markdown-docs.ts";

export type Tally = { created: number; updated: number; retired: number; unchanged: number };
export type IngestReport = { unchanged: boolean; tallies: Record<string, Tally> };

const STATE_ID = "corpus";

/** Rows carrying rendered HTML are rewritten when the renderer changes, as when their text does. */
const rendered = (hash: string) => `${hash}|${CONTENT_HTML_VERSION}`;

/** Generic sync of one table: create new, update changed or revived, retire vanished. */
async function sync<T extends { hash: string }>(
  docs: T[],
  key: (d: T) => string,
  existing: { id: string; contentHash: string; retiredAt: Date | null }[],
  write: { create: (d: T) => Promise<unknown>; update: (d: T) => Promise<unknown>; retire: (ids: string[]) => Promise<unknown> },
): Promise<Tally> {
  const tally: Tally = { created: 0, updated: 0, retired: 0, unchanged: 0 };
  const byId = new Map(existing.map((e) => [e.id, e]));
  for (const doc of docs) {
    const row = byId.get(key(doc));
    if (!row) {
      await write.create(doc);
      tally.created++;
    } else if (row.contentHash !== doc.hash || row.retiredAt) {
      await write.update(doc);
      tally.updated++;
    } else tally.unchanged++;
  }
  const present = new Set(docs.map(key));
  const vanished = existing.filter((e) => !present.has(e.id) && !e.retiredAt).map((e) => e.id);
  if (vanished.length) await write.retire(vanished);
  tally.retired = vanished.length;
  return tally;
}

async function writeCorpus(tx: Tx, corpus: Corpus, now: Date): Promise<Record<string, Tally>> {
  const tallies: Record<string, Tally> = {};
  const topicLabels = new Map(corpus.topics.map((t) => [t.id, `${t.zh} ${t.en}`]));

  tallies.topics = await sync(
    corpus.topics.map((t) => ({ ...t, hash: `${t.zh}|${t.en}|${t.position}` })),
    (t) => t.id,
    (await tx.topic.findMany({ select: { id: true, zh: true, en: true, position: true, retiredAt: true } })).map((t) => ({
      id: t.id, contentHash: `${t.zh}|${t.en}|${t.position}`, retiredAt: t.retiredAt,
    })),
    {
      create: (t) => tx.topic.create({ data: { id: t.id, zh: t.zh, en: t.en, position: t.position } }),
      update: (t) => tx.topic.update({ where: { id: t.id }, data: { zh: t.zh, en: t.en, position: t.position, retiredAt: null } }),
      retire: (ids) => tx.topic.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
    },
  );

  const directionData = (d: Corpus["directions"][number]) => ({
    order: d.order, titleZh: d.title.zh, titleEn: d.title.en, summaryZh: d.summary.zh, summaryEn: d.summary.en,
    competition: d.competition, tags: d.tags, body: d.body, sections: d.sections, contentHash: d.hash, retiredAt: null,
  });
  tallies.directions = await sync(corpus.directions, (d) => d.slug,
    (await tx.direction.findMany({ select: { slug: true, contentHash: true, retiredAt: true } })).map((r) => ({ id: r.slug, ...r })),
    {
      create: (d) => tx.direction.create({ data: { slug: d.slug, ...directionData(d) } }),
      update: (d) => tx.direction.update({ where: { slug: d.slug }, data: directionData(d) }),
      retire: (ids) => tx.direction.updateMany({ where: { slug: { in: ids } }, data: { retiredAt: now } }),
    });

  const questionData = (q: Corpus["questions"][number]) => ({
    level: q.level, titleZh: q.title.zh, titleEn: q.title.en, homeDirection: q.directions[0]!, seedRef: q.seedRef,
    sources: q.sources, stem: q.stem, keyPoints: q.keyPoints, pitfall: q.pitfall, followUps: q.followUps,
    detail: q.detail, faces: questionFaces(q), sourcePath: q.path, contentHash: q.hash, retiredAt: null,
    searchText: normalizeForSearch([q.id, q.title.zh, q.title.en, ...q.keyPoints, ...q.topics.map((t) => topicLabels.get(t) ?? t)].join(" ")),
    directions: { create: q.directions.map((directionSlug, position) => ({ directionSlug, position })) },
    topics: { create: q.topics.map((topicId) => ({ topicId })) },
  });
  tallies.questions = await sync(corpus.questions.map((q) => ({ ...q, hash: rendered(q.hash) })), (q) => q.id,
    await tx.question.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    {
      create: (q) => tx.question.create({ data: { id: q.id, ...questionData(q) } }),
      update: async (q) => {
        await tx.questionDirection.deleteMany({ where: { questionId: q.id } });
        await tx.questionTopic.deleteMany({ where: { questionId: q.id } });
        await tx.question.update({ where: { id: q.id }, data: questionData(q) });
      },
      retire: (ids) => tx.question.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
    });

  const cards = [...corpus.questions, ...corpus.notes].flatMap((d) => d.formulaCards).map((c) => ({ ...c, hash: rendered(c.hash) }));
  tallies.formulaCards = await sync(cards, (c) => c.id,
    await tx.formulaCard.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    {
      create: (c) => tx.formulaCard.create({ data: { id: c.id, ownerKind: c.ownerKind, ownerId: c.ownerId, position: c.position, title: c.title, latex: c.latex, caption: c.caption, faces: formulaFaces(c), contentHash: c.hash } }),
      update: (c) => tx.formulaCard.update({ where: { id: c.id }, data: { position: c.position, title: c.title, latex: c.latex, caption: c.caption, faces: formulaFaces(c), contentHash: c.hash, retiredAt: null } }),
      retire: (ids) => tx.formulaCard.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
    });

  const checks = corpus.questions.flatMap((q) => q.checks.map((c, position) => ({ ...c, questionId: q.id, position, hash: rendered(sha(JSON.stringify([c, position]))) })));
  const checkData = (c: (typeof checks)[number]) => {
    const shown = presentCheck(c);
    return { questionId: c.questionId, position: c.position, type: c.type, faces: shown.faces, key: shown.key, explainHtml: shown.explainHtml, contentHash: c.hash, retiredAt: null };
  };
  tallies.checks = await sync(checks, (c) => c.id,
    await tx.check.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    {
      create: (c) => tx.check.create({ data: { id: c.id, ...checkData(c) } }),
      update: (c) => tx.check.update({ where: { id: c.id }, data: checkData(c) }),
      retire: (ids) => tx.check.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
    });

  const probes = corpus.probeFiles.flatMap((f) => f.probes).map((p) => ({ ...p, hash: rendered(p.hash) }));
  const probeData = (p: (typeof probes)[number]) => ({
    direction: p.direction, position: p.position, titleZh: p.title.zh, titleEn: p.title.en, kind: p.kind, subtopic: p.subtopic,
    topics: p.topics, notes: p.notes, faces: probeFaces(p), contentHash: p.hash, retiredAt: null,
  });
  tallies.probes = await sync(probes, (p) => p.id,
    await tx.probe.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    {
      create: (p) => tx.probe.create({ data: { id: p.id, ...probeData(p) } }),
      update: (p) => tx.probe.update({ where: { id: p.id }, data: probeData(p) }),
      retire: (ids) => tx.probe.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
    });

  const exercises = corpus.exercises.map((e) => ({ ...e, hash: rendered(e.hash) }));
  const exerciseData = (e: (typeof exercises)[number]) => ({
    level: e.level, titleZh: e.title.zh, titleEn: e.title.en, directions: e.directions, topics: e.topics, sources: e.sources, questions: e.questions,
    faces: exerciseFaces(e), starter: e.starter, solution: e.solution, tests: e.tests, testNames: e.testNames, contentHash: e.hash, retiredAt: null,
  });
  tallies.exercises = await sync(exercises, (e) => e.id,
    await tx.exercise.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    {
      create: (e) => tx.exercise.create({ data: { id: e.id, ...exerciseData(e) } }),
      update: (e) => tx.exercise.update({ where: { id: e.id }, data: exerciseData(e) }),
      retire: (ids) => tx.exercise.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
    });

  const noteData = (n: Corpus["notes"][number]) => ({
    series: n.series, order: n.order, titleZh: n.title.zh, titleEn: n.title.en, summaryZh: n.summary.zh, summaryEn: n.summary.en,
    directions: n.directions, topics: n.topics, sources: n.sources, seedRef: n.seedRef, body: n.body,
    sourcePath: n.path, contentHash: n.hash, retiredAt: null,
  });
  tallies.notes = await sync(corpus.notes, (n) => n.slug,
    (await tx.note.findMany({ select: { slug: true, contentHash: true, retiredAt: true } })).map((r) => ({ id: r.slug, ...r })),
    {
      create: (n) => tx.note.create({ data: { slug: n.slug, ...noteData(n) } }),
      update: (n) => tx.note.update({ where: { slug: n.slug }, data: noteData(n) }),
      retire: (ids) => tx.note.updateMany({ where: { slug: { in: ids } }, data: { retiredAt: now } }),
    });

  const trackData = (t: Corpus["talkTracks"][number]) => ({
    order: t.order, kind: t.kind, fieldZh: t.field.zh, fieldEn: t.field.en, keywords: t.keywords, directions: t.directions,
    tracks: t.tracks, fdeTracks: t.fdeTracks, body: t.body, contentHash: t.hash, retiredAt: null,
  });
  tallies.talkTracks = await sync(corpus.talkTracks, (t) => t.slug,
    (await tx.talkTrack.findMany({ select: { slug: true, contentHash: true, retiredAt: true } })).map((r) => ({ id: r.slug, ...r })),
    {
      create: (t) => tx.talkTrack.create({ data: { slug: t.slug, ...trackData(t) } }),
      update: (t) => tx.talkTrack.update({ where: { slug: t.slug }, data: trackData(t) }),
      retire: (ids) => tx.talkTrack.updateMany({ where: { slug: { in: ids } }, data: { retiredAt: now } }),
    });

  const paperData = (p: Corpus["papers"][number]) => ({
    date: p.date, title: p.title, short: p.short, authors: p.authors, arxiv: p.arxiv, url: p.url,
    contributionZh: p.contribution.zh, contributionEn: p.contribution.en, lists: p.lists, contentHash: p.hash, retiredAt: null,
  });
  tallies.papers = await sync(corpus.papers, (p) => p.id,
    await tx.paper.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    {
      create: (p) => tx.paper.create({ data: { id: p.id, ...paperData(p) } }),
      update: (p) => tx.paper.update({ where: { id: p.id }, data: paperData(p) }),
      retire: (ids) => tx.paper.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
    });

  const modelData = (m: Corpus["models"][number]) => ({
    position: m.position, name: m.name, vendor: m.vendor, released: m.released, trainingZh: m.training.zh, trainingEn: m.training.en,
    controlZh: m.control.zh, controlEn: m.control.en, opennessZh: m.openness.zh, opennessEn: m.openness.en, papers: m.papers,
    contentHash: m.hash, retiredAt: null,
  });
  tallies.models = await sync(corpus.models, (m) => m.id,
    await tx.reasoningModel.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    {
      create: (m) => tx.reasoningModel.create({ data: { id: m.id, ...modelData(m) } }),
      update: (m) => tx.reasoningModel.update({ where: { id: m.id }, data: modelData(m) }),
      retire: (ids) => tx.reasoningModel.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
    });

  const planData = (p: Corpus["plans"][number]) => ({
    direction: p.direction, titleZh: p.title.zh, titleEn: p.title.en, summaryZh: p.summary.zh, summaryEn: p.summary.en,
    audiences: p.audiences, audienceNoteZh: p.audienceNote.zh, audienceNoteEn: p.audienceNote.en, modules: p.modules,
    body: p.body, contentHash: p.hash, retiredAt: null,
  });
  tallies.plans = await sync(corpus.plans, (p) => p.slug,
    (await tx.plan.findMany({ select: { slug: true, contentHash: true, retiredAt: true } })).map((r) => ({ id: r.slug, ...r })),
    {
      create: (p) => tx.plan.create({ data: { slug: p.slug, ...planData(p) } }),
      update: (p) => tx.plan.update({ where: { slug: p.slug }, data: planData(p) }),
      retire: (ids) => tx.plan.updateMany({ where: { slug: { in: ids } }, data: { retiredAt: now } }),
    });

  const cardDocs = reviewCards(corpus);
  tallies.cards = await sync(cardDocs, (c) => c.id,
    await tx.card.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    {
      create: (c) => tx.card.create({ data: { id: c.id, kind: c.kind, questionId: c.questionId, formulaId: c.formulaId, checkId: c.checkId, direction: c.direction, level: c.level, order: c.order, contentHash: c.hash } }),
      update: (c) => tx.card.update({ where: { id: c.id }, data: { direction: c.direction, level: c.level, order: c.order, contentHash: c.hash, retiredAt: null } }),
      retire: (ids) => tx.card.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
    });

  return tallies;
}

/**
 * The review cards: every question, each followed by its formula cards and checks; then the formula
 * cards of notes. Default introduction order: direction number, level, id.
 */
function reviewCards(corpus: Corpus) {
  const directionOrder = new Map(corpus.directions.map((d) => [d.slug, d.order]));
  const questions = [...corpus.questions].sort(
    (a, b) => (directionOrder.get(a.directions[0]!) ?? 99) - (directionOrder.get(b.directions[0]!) ?? 99) || a.level.localeCompare(b.level) || a.id.localeCompare(b.id),
  );
  const cards: { id: string; kind: string; questionId: string | null; formulaId: string | null; checkId: string | null; direction: string; level: string; order: number; hash: string }[] = [];
  const push = (c: Omit<(typeof cards)[number], "order" | "hash">) => cards.push({ ...c, order: cards.length, hash: `${c.direction}|${c.level}|${cards.length}` });
  for (const q of questions) {
    push({ id: `q:${q.id}`, kind: "question", questionId: q.id, formulaId: null, checkId: null, direction: q.directions[0]!, level: q.level });
    for (const f of q.formulaCards) push({ id: `f:${f.id}`, kind: "formula", questionId: q.id, formulaId: f.id, checkId: null, direction: q.directions[0]!, level: q.level });
    for (const c of q.checks) push({ id: `c:${c.id}`, kind: "check", questionId: q.id, formulaId: null, checkId: c.id, direction: q.directions[0]!, level: q.level });
  }
  for (const n of [...corpus.notes].sort((a, b) => a.series.localeCompare(b.series) || a.order - b.order)) {
    for (const f of n.formulaCards) push({ id: `f:${f.id}`, kind: "formula", questionId: null, formulaId: f.id, checkId: null, direction: n.directions[0]!, level: "L1" });
  }
  return cards;
}

export async function ingestCorpus(db: Db, corpus: Corpus, options: { force?: boolean; now?: Date } = {}): Promise<IngestReport> {
  const state = await db.contentState.findUnique({ where: { id: STATE_ID } });
  if (state?.corpusHash === corpus.hash && !options.force) return { unchanged: true, tallies: {} };
  const now = options.now ?? new Date();
  resetCardCatalog(db);
  return db.$transaction(
    async (tx) => {
      const tallies = await writeCorpus(tx, corpus, now);
      const counts = Object.fromEntries(Object.entries(tallies).map(([k, t]) => [k, t.created + t.updated + t.unchanged]));
      await tx.contentState.upsert({
        where: { id: STATE_ID },
        create: { id: STATE_ID, corpusHash: corpus.hash, ingestedAt: now, counts },
        update: { corpusHash: corpus.hash, ingestedAt: now, counts },
      });
      return { unchanged: false, tallies };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
