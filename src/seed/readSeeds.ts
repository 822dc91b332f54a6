import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { RELATIONSHIPS, RelationshipTypeName } from '../model/relationships';
import { KindName } from '../model/kinds';
import { DocumentFile, ReferenceFile, documentFileSchema, referenceFileSchema } from './seedFileSchema';

export type SeedFile =
  | { kind: 'document'; path: string; data: DocumentFile }
  | { kind: 'reference'; path: string; data: ReferenceFile };

/** A seed file that breaks the format; the message names the file, the entity and the field. */
export class SeedError extends Error {}

/**
 * Reads and validates every `*.json` in `dir`, then checks the files together (one kind per id, one id per
 * real thing, every reference stated by some file) and orders them for import: each document after the
 * documents stating what it refers to (by name otherwise), reference files last.
 */
export function readSeeds(dir: string): SeedFile[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readSeedFile(join(dir, name)));
  const documents = files.filter((f): f is DocumentSeedFile => f.kind === 'document');
  checkKinds(documents);
  checkOneIdPerThing(documents);
  checkReferences(files);
  return [...importOrder(documents), ...files.filter((f) => f.kind === 'reference')];
}

type DocumentSeedFile = Extract<SeedFile, { kind: 'document' }>;

/** Every entity a document states (its own source first, as a Source), with its spellings. */
function statedEntities(f: DocumentSeedFile): { id: string; kind: KindName; spellings: string[] }[] {
  return [{ id: f.data.source.id, kind: 'Source' as KindName, spellings: [] }, ...f.data.entities.map((e) => ({ id: e.id, kind: e.kind, spellings: [e.name, ...e.aliases] }))];
}

/** One id is one entity of one kind, whichever files state it. */
function checkKinds(documents: DocumentSeedFile[]): void {
  const first = new Map<string, { kind: KindName; file: string }>();
  for (const f of documents) {
    for (const e of statedEntities(f)) {
      const seen = first.get(e.id);
      if (seen && seen.kind !== e.kind) {
        throw new SeedError(`${basename(f.path)}: entity ${e.id}: field kind: ${e.kind} here, but ${seen.kind} in ${seen.file}; one id is one entity of one kind`);
      }
      if (!seen) first.set(e.id, { kind: e.kind, file: basename(f.path) });
    }
  }
}

/** A spelling compared without case, accents or extra spaces: "Čair" and "cair" are one. */
function foldSpelling(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** Two ids of one kind must not share a name or alias (ignoring case and accents): one real thing is one entity. */
function checkOneIdPerThing(documents: DocumentSeedFile[]): void {
  const bySpelling = new Map<string, { id: string; file: string; spelling: string }>();
  for (const f of documents) {
    for (const e of statedEntities(f)) {
      for (const spelling of e.spellings) {
        const key = `${e.kind} ${foldSpelling(spelling)}`;
        const seen = bySpelling.get(key);
        if (seen && seen.id !== e.id) {
          throw new SeedError(
            `${basename(f.path)}: entity ${e.id}: field name/aliases: "${spelling}" is also "${seen.spelling}" of ${seen.id} in ${seen.file}; one real thing is one entity: use one id and list the other spelling as an alias`,
          );
        }
        if (!seen) bySpelling.set(key, { id: e.id, file: basename(f.path), spelling });
      }
    }
  }
}

/**
 * The ids a document refers to without stating them: relationship ends and sources of evidence (an evidence
 * source no file states is check-evidence's to report; it does not hold up the import).
 */
function referredIds(f: DocumentSeedFile): string[] {
  const stated = new Set(statedEntities(f).map((e) => e.id));
  const evidence = [...f.data.source.evidence, ...f.data.entities.flatMap((e) => e.evidence), ...f.data.relationships.flatMap((r) => r.evidence)];
  const ids = [...f.data.relationships.flatMap((r) => [r.from, r.to]), ...evidence.flatMap((e) => (e.source ? [e.source] : []))];
  return [...new Set(ids)].filter((id) => !stated.has(id));
}

/**
 * Orders documents so that each comes after a document stating each id it refers to: of the documents whose
 * references are all stated by those already placed, the first by name. None ready: a cycle, named.
 */
function importOrder(documents: DocumentSeedFile[]): DocumentSeedFile[] {
  const statedBy = new Map<string, DocumentSeedFile[]>();
  for (const f of documents) for (const e of statedEntities(f)) statedBy.set(e.id, [...(statedBy.get(e.id) ?? []), f]);
  const placed = new Set<DocumentSeedFile>();
  const waiting = (f: DocumentSeedFile) => referredIds(f).filter((id) => statedBy.has(id) && !(statedBy.get(id) ?? []).some((g) => placed.has(g)));
  const ordered: DocumentSeedFile[] = [];
  while (ordered.length < documents.length) {
    const next = documents.find((f) => !placed.has(f) && waiting(f).length === 0);
    if (!next) throw cycleError(documents.filter((f) => !placed.has(f)), statedBy, waiting);
    placed.add(next);
    ordered.push(next);
  }
  return ordered;
}

/** Follows, from the first file that cannot be placed, the first id it waits for to a file stating it, until a file repeats. */
function cycleError(left: DocumentSeedFile[], statedBy: Map<string, DocumentSeedFile[]>, waiting: (f: DocumentSeedFile) => string[]): SeedError {
  const steps: { file: DocumentSeedFile; id: string }[] = [];
  let file = left[0];
  while (!steps.some((s) => s.file === file)) {
    const id = waiting(file)[0];
    steps.push({ file, id });
    // `waiting` lists only ids stated by files not placed yet.
    file = (statedBy.get(id) ?? []).find((g) => left.includes(g)) as DocumentSeedFile;
  }
  const cycle = steps.slice(steps.findIndex((s) => s.file === file));
  const path = cycle.map((s) => `${basename(s.file.path)} (refers to ${s.id})`).join(' -> ');
  return new SeedError(`${basename(cycle[0].file.path)}: refers to ${cycle[0].id}, but the files refer to each other in a cycle: ${path} -> ${basename(file.path)}; state each entity in a file the others can import after`);
}

export function readSeedFile(path: string): SeedFile {
  const file = basename(path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SeedError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  return parseSeedFile(raw, path);
}

/** True when a parsed seed file is reference data (`{reference: …}`) rather than a source document. */
export function isReferenceFile(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'reference' in raw;
}

/**
 * Validates one parsed seed file (a document or reference data) as `readSeedFile` does; `path` is what errors
 * name it by (its base name): the file's path, or for a document sent over the API its source id.
 */
export function parseSeedFile(raw: unknown, path: string): SeedFile {
  const file = basename(path);
  if (isReferenceFile(raw)) {
    return { kind: 'reference', path, data: parseOrThrow(referenceFileSchema, raw, file) };
  }
  const data = parseOrThrow(documentFileSchema, raw, file);
  const seen = new Set<string>([data.source.id]);
  data.entities.forEach((entity) => {
    if (seen.has(entity.id)) throw new SeedError(`${file}: entity ${entity.id}: field id: duplicate id`);
    seen.add(entity.id);
  });
  return { kind: 'document', path, data };
}

function parseOrThrow<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new SeedError(`${file}: ${describePath(raw, issue.path)}: ${issue.message}`);
}

/** "entity city:durres: field properties.date" from a zod issue path like ['entities', 3, 'properties', 'date']. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  const [section, index, ...rest] = path.map((p) => (typeof p === 'number' ? p : String(p)));
  const list = (raw as Record<string, unknown>)?.[String(section)];
  if (Array.isArray(list) && typeof index === 'number') {
    const item = list[index] as Record<string, unknown> | undefined;
    const label =
      section === 'relationships'
        ? `relationship #${index + 1} (${String(item?.type)} ${String(item?.from)} -> ${String(item?.to)})`
        : `${section === 'entities' ? 'entity' : 'entry'} ${typeof item?.id === 'string' ? item.id : `#${index + 1}`}`;
    return `${label}: field ${rest.join('.') || '(whole entry)'}`;
  }
  return `field ${path.map(String).join('.') || '(whole file)'}`;
}

/** The kind of every id the files state. */
export function statedKinds(files: SeedFile[]): Map<string, KindName> {
  const kinds = new Map<string, KindName>();
  for (const f of files) {
    if (f.kind !== 'document') continue;
    kinds.set(f.data.source.id, 'Source');
    for (const e of f.data.entities) kinds.set(e.id, e.kind);
  }
  return kinds;
}

/**
 * Every relationship must join known entities of the kinds its type allows, and every evidence source of a
 * relationship must be known: known are the ids the files state, or those of `kinds` (e.g. the files' and the database's).
 */
export function checkReferences(files: SeedFile[], kinds: Map<string, KindName> = statedKinds(files)): void {
  for (const f of files) {
    const file = basename(f.path);
    f.data.relationships.forEach((rel, i) => {
      const spec = RELATIONSHIPS[rel.type as RelationshipTypeName];
      const where = `${file}: relationship #${i + 1} (${rel.type} ${rel.from} -> ${rel.to})`;
      for (const end of ['from', 'to'] as const) {
        const kind = kinds.get(rel[end]);
        if (!kind) throw new SeedError(`${where}: field ${end}: no entity with id ${rel[end]}`);
        const allowed: readonly string[] = spec[end];
        if (!allowed.includes(kind)) {
          throw new SeedError(`${where}: field ${end}: ${rel.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind} (allowed: ${allowed.join(', ')})`);
        }
      }
      if (f.kind === 'document') {
        f.data.relationships[i].evidence.forEach((ev, j) => {
          if (ev.source && !kinds.has(ev.source)) throw new SeedError(`${where}: field evidence.${j}.source: no source with id ${ev.source}`);
        });
      }
    });
    if (f.kind === 'reference') {
      for (const p of f.data.properties) {
        if (!kinds.has(p.id)) throw new SeedError(`${file}: entry ${p.id}: field id: no entity with this id`);
      }
    }
  }
}
