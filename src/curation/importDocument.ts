import { Database } from '../database/database';
import { BOUNDS } from '../model/bounds';
import { KindName } from '../model/kinds';
import { EvidenceSource, evidenceProblem } from '../seed/evidenceProblem';
import { importSeedFile } from '../seed/importSeeds';
import { SeedError, SeedFile, checkReferences, isReferenceFile, parseSeedFile, statedKinds } from '../seed/readSeeds';
import { RelationshipKey } from '../seed/resolveTouched';
import { DocumentFile, SeedEvidence } from '../seed/seedFileSchema';
import { ChangeAuthor, ChangeItem, relationshipSubject, writeChange } from './changeSet';
import { SourceTexts } from './sourceTexts';

/** One entity or relationship in an import's report. */
export type ImportSubject =
  | { subjectType: 'ENTITY'; subject: string; id: string }
  | { subjectType: 'RELATIONSHIP'; subject: string; from: string; type: string; to: string };

export interface ImportOutcome {
  /** Did not exist before. */
  created: ImportSubject[];
  /** Existed, and some property (evidence and claims included) is now different. */
  changed: ImportSubject[];
  /** No longer stated by any source: gone. */
  pruned: ImportSubject[];
  /** Stated (or carrying this source's evidence) and left exactly as it was. */
  unchanged: ImportSubject[];
  /** The recorded change; null on a dry run or when nothing changed. */
  changeId: string | null;
  dryRun: boolean;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** The texts of sources held as text (kept outside the repository); default: those in DEFAULT_SOURCE_TEXTS_DIR. */
  sourceTexts?: SourceTexts;
}

type DocumentSeedFile = Extract<SeedFile, { kind: 'document' }>;

/** What errors call the document: its source id (or reference data set id) when it has one. */
function documentName(raw: unknown): string {
  const head = raw as { source?: { id?: unknown }; reference?: { id?: unknown } } | null;
  const id = head?.source?.id ?? head?.reference?.id;
  return typeof id === 'string' && id.length > 0 ? id.replace(/[\\/]/g, '_') : 'document';
}

/** The counts of a document's lists, checked before anything else is (the bounds of BOUNDS). */
function checkBounds(raw: unknown, name: string): void {
  const lists = raw as { entities?: unknown; relationships?: unknown } | null;
  const limits = [
    ['entities', BOUNDS.importMaxEntities],
    ['relationships', BOUNDS.importMaxRelationships],
  ] as const;
  for (const [field, max] of limits) {
    const list = lists?.[field];
    if (Array.isArray(list) && list.length > max) throw new SeedError(`${name}: field ${field}: ${list.length} items, at most ${max} per document; split the document`);
  }
}

/**
 * Validates a source document (the seeds/ format; reference data is the maintainers' and refused) on its own,
 * as `readSeedFile` does, then against the database: ids stated with the kind they are stored with, every
 * relationship end stated or stored and of a kind its type allows, every evidence source stated or stored,
 * every excerpt verbatim in its source's text. Throws a SeedError naming the document, the entity and the field.
 */
export async function validateDocument(db: Database, raw: unknown, options: Pick<ImportOptions, 'sourceTexts'> = {}): Promise<DocumentSeedFile> {
  const name = documentName(raw);
  if (isReferenceFile(raw)) throw new SeedError(`${name}: field reference: reference data is imported by the maintainers (npm run seed), not as a document`);
  checkBounds(raw, name);
  const file = parseSeedFile(raw, name) as DocumentSeedFile;
  const doc = file.data;
  const stated = statedKinds([file]);
  const evidenceSources = allEvidence(doc).flatMap(({ evidence }) => evidence.flatMap((e) => (e.source ? [e.source] : [])));
  const ids = [...new Set([...stated.keys(), ...doc.relationships.flatMap((r) => [r.from, r.to]), ...evidenceSources])];
  const stored = new Map((await db.read('entities-by-id', { ids })).map((row) => { const node = row.node as Record<string, unknown>; return [String(node.id), node]; }));
  for (const [id, kind] of stated) {
    const storedKind = stored.get(id)?.kind;
    if (storedKind !== undefined && storedKind !== kind) {
      throw new SeedError(`${name}: ${id === doc.source.id ? 'source' : 'entity'} ${id}: field kind: ${kind} here, but stored as a ${String(storedKind)}; one id is one entity of one kind`);
    }
  }
  const kinds = new Map<string, KindName>([...[...stored.values()].map((n) => [String(n.id), n.kind as KindName] as const), ...stated]);
  checkReferences([file], kinds);
  for (const { label, evidence } of allEvidence(doc)) {
    evidence.forEach((ev, j) => {
      if (ev.source && kinds.get(ev.source) !== 'Source') throw new SeedError(`${name}: ${label}: field evidence.${j}.source: no source with id ${ev.source}`);
    });
  }
  await verifyDocumentEvidence(file, [...stored.values()].filter((n) => n.kind === 'Source') as unknown as EvidenceSource[], options.sourceTexts ?? new SourceTexts());
  return file;
}

/** Every piece of evidence of a document, by what it supports ("entity city:durres", "relationship #2 (…)"). */
function allEvidence(doc: DocumentFile): { label: string; evidence: SeedEvidence[] }[] {
  return [
    { label: `source ${doc.source.id}`, evidence: doc.source.evidence },
    ...doc.entities.map((e) => ({ label: `entity ${e.id}`, evidence: e.evidence })),
    ...doc.relationships.map((r, i) => ({ label: `relationship #${i + 1} (${r.type} ${r.from} -> ${r.to})`, evidence: r.evidence })),
  ];
}

/**
 * Excerpts verbatim in their source's text, citations of sources cited by reference: the one evidence rule of
 * the seed check and the API's writes (`evidenceProblem`, as `verifyEvidence` applies it), over the document's own
 * source (not in the graph yet when new) and the stored sources it cites; texts read through `SourceTexts`.
 */
async function verifyDocumentEvidence(file: DocumentSeedFile, storedSources: EvidenceSource[], texts: SourceTexts): Promise<void> {
  const doc = file.data;
  const sources = new Map<string, EvidenceSource>([...storedSources.map((s) => [s.id, s] as const), [doc.source.id, doc.source]]);
  const held = new Map<string, string | null>();
  for (const source of sources.values()) if (source.file) held.set(source.file, await texts.text(source.file));
  for (const { label, evidence } of allEvidence(doc)) {
    evidence.forEach((ev, j) => {
      const sourceId = ev.source ?? doc.source.id;
      const problem = evidenceProblem(ev, sourceId, sources.get(sourceId), (name) => held.get(name) ?? null, 'the source texts of this server');
      if (problem) throw new SeedError(`${file.path}: ${label}: field evidence.${j}.${'excerpt' in ev ? 'excerpt' : 'statement'}: ${problem}: "${'excerpt' in ev ? ev.excerpt : ev.statement}"`);
    });
  }
}

function subjectOf(item: { subjectType: 'ENTITY'; id: string } | { subjectType: 'RELATIONSHIP'; key: RelationshipKey }): ImportSubject {
  return item.subjectType === 'ENTITY' ? { subjectType: 'ENTITY', subject: item.id, id: item.id } : { subjectType: 'RELATIONSHIP', subject: relationshipSubject(item.key), ...item.key };
}

/**
 * Imports one source document in one recorded change (`writeChange` 'importDocument'): validates it first
 * (nothing is written when any part is invalid), watches every entity and relationship it states and everything
 * that carries its source's evidence or claims, then runs the per-file import of `npm run seed`. A dry run
 * reports the same and rolls back.
 */
export async function importDocument(db: Database, author: ChangeAuthor, raw: unknown, options: ImportOptions = {}): Promise<ImportOutcome> {
  const file = await validateDocument(db, raw, options);
  const doc = file.data;
  const watchedSubjects = new Map<string, ImportSubject>();
  const outcome = await writeChange(
    db,
    author,
    'importDocument',
    async (tx, watch) => {
      const [current] = await tx.run('source-subjects', { sourceId: doc.source.id });
      const ids = [doc.source.id, ...doc.entities.map((e) => e.id), ...(current.ids as string[])];
      const relationships = [...doc.relationships.map((r) => ({ from: r.from, type: r.type, to: r.to })), ...(current.relationships as RelationshipKey[])];
      for (const id of ids) watchedSubjects.set(id, subjectOf({ subjectType: 'ENTITY', id }));
      for (const key of relationships) watchedSubjects.set(relationshipSubject(key), subjectOf({ subjectType: 'RELATIONSHIP', key }));
      await watch({ ids, relationships });
      await importSeedFile(tx, file);
    },
    { dryRun: options.dryRun },
  );
  const ofKind = (test: (item: ChangeItem) => boolean) => outcome.items.filter(test).map((item) => watchedSubjects.get(item.subject)!);
  return {
    created: ofKind((i) => i.before === null),
    changed: ofKind((i) => i.before !== null && i.after !== null),
    pruned: ofKind((i) => i.after === null),
    unchanged: outcome.unchanged.map((subject) => watchedSubjects.get(subject)!),
    changeId: outcome.changeId,
    dryRun: options.dryRun ?? false,
  };
}
