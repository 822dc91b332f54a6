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

/** Reads and validates every `*.json` in `dir`: documents first (by name), reference files last. */
export function readSeeds(dir: string): SeedFile[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readSeedFile(join(dir, name)));
  checkReferences(files);
  return [...files.filter((f) => f.kind === 'document'), ...files.filter((f) => f.kind === 'reference')];
}

export function readSeedFile(path: string): SeedFile {
  const file = basename(path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SeedError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (typeof raw === 'object' && raw !== null && 'reference' in raw) {
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

/** Every relationship must join known entities of the kinds its type allows. */
function checkReferences(files: SeedFile[]): void {
  const kinds = new Map<string, KindName>();
  for (const f of files) {
    if (f.kind !== 'document') continue;
    kinds.set(f.data.source.id, 'Source');
    for (const e of f.data.entities) kinds.set(e.id, e.kind);
  }
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
