import { basename } from 'node:path';
import { Database, Transaction } from '../database/database';
import { partialDateProperties } from '../model/partialDate';
import { DocumentFile, ReferenceFile, SeedEntity, SeedEvidence } from './seedFileSchema';
import { SeedError, SeedFile } from './readSeeds';
import { entityBaseProperties } from './entityBaseProperties';
import { RelationshipKey, resolveTouched } from './resolveTouched';

export interface ImportSummary {
  files: number;
  entities: number;
  relationships: number;
  /** Entities and relationships deleted because their seed file no longer states them. */
  pruned: number;
}

/**
 * Writes seed files to Neo4j, one transaction per file: a file either lands whole or not at all.
 * MERGE on ids makes a second run a no-op for counts. Each source's evidence and claims replace its own earlier
 * ones and keep every other source's; what a file no longer states loses that source's evidence and claims (and
 * goes when no evidence is left). Then every entity and relationship whose claims changed is resolved again
 * (`resolveTouched`): its properties become what the claims of all its sources resolve to.
 */
export async function importSeeds(db: Database, files: SeedFile[]): Promise<ImportSummary> {
  const summary: ImportSummary = { files: 0, entities: 0, relationships: 0, pruned: 0 };
  for (const file of files) {
    const one = await db.writeTransaction((tx) => importSeedFile(tx, file));
    summary.entities += one.entities;
    summary.relationships += one.relationships;
    summary.pruned += one.pruned;
    summary.files += 1;
  }
  return summary;
}

/**
 * Writes one seed file in the caller's transaction (`npm run seed` gives each file its own; the API's
 * importDocument runs it inside a recorded change): throws, so that the caller rolls back, when the file cannot land whole.
 */
export async function importSeedFile(tx: Transaction, file: SeedFile): Promise<Omit<ImportSummary, 'files'>> {
  if (file.kind === 'document') {
    const { source, entities, relationships } = documentParams(file.data);
    await importEntities(tx, file.path, source.id, [source, ...entities]);
    const written = await importRelationships(tx, file.path, source.id, relationships);
    const pruned = await prune(tx, source.id, [source, ...entities].map((e) => e.id), relationships);
    await resolveTouched(tx, [...entities.map((e) => e.id), ...pruned.entityIds], [...relationships, ...pruned.relationships]);
    return { entities: entities.length + 1, relationships: written, pruned: pruned.count };
  }
  const { source, properties, relationships } = referenceParams(file.data);
  await importEntities(tx, file.path, source.id, [source]);
  await tx.run('import-reference-properties', { properties });
  const written = await importRelationships(tx, file.path, source.id, relationships);
  return { entities: 0, relationships: written, pruned: (await prune(tx, source.id, [source.id], relationships)).count };
}

/** Writes entities with this source's evidence and claims; throws (rolling the file back) when an id is stored with another kind. */
async function importEntities(tx: Transaction, path: string, sourceId: string, entities: EntityParam[]): Promise<void> {
  const [row] = await tx.run('import-entities', { sourceId, entities });
  const [clash] = (row?.kindClashes as { id: string; kind: string; storedKind: string; storedBy: string[] }[] | undefined) ?? [];
  if (clash) {
    const by = [...new Set(clash.storedBy)].join(', ') || 'an earlier import';
    throw new SeedError(`${basename(path)}: entity ${clash.id}: field kind: ${clash.kind} here, but stored as a ${clash.storedKind} (stated by ${by}); one id is one entity of one kind`);
  }
}

interface RelationshipParam {
  type: string;
  from: string;
  to: string;
}

/** Writes relationships; throws (rolling the whole file back) when an end is not in the database. */
async function importRelationships(tx: Transaction, path: string, sourceId: string, relationships: RelationshipParam[]): Promise<number> {
  const indexed = relationships.map((r, index) => ({ ...r, index }));
  const [row] = await tx.run('import-relationships', { sourceId, relationships: indexed });
  const written = new Set((row?.merged as number[] | undefined) ?? []);
  const missing = indexed.find((r) => !written.has(r.index));
  if (missing) {
    throw new SeedError(`${basename(path)}: relationship #${missing.index + 1} (${missing.type} ${missing.from} -> ${missing.to}): field from/to: an end is not in the database; nothing from this file was written`);
  }
  return written.size;
}

/**
 * Takes away what this source stated in an earlier import but no longer does (`cypher/prune-source.cypher`);
 * returns how many entities and relationships went, and those that stay with fewer claims.
 */
async function prune(tx: Transaction, sourceId: string, entityIds: string[], relationships: RelationshipParam[]): Promise<{ count: number; entityIds: string[]; relationships: RelationshipKey[] }> {
  const relationshipKeys = relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
  const [row] = await tx.run('prune-source', { sourceId, entityIds, relationshipKeys });
  return {
    count: Number(row?.entities ?? 0) + Number(row?.relationships ?? 0),
    entityIds: (row?.touchedEntities as string[] | undefined) ?? [],
    relationships: (row?.touchedRelationships as RelationshipKey[] | undefined) ?? [],
  };
}

/** What one source states, as the three parallel claim lists: property names and JSON values as the seed file gives them. */
interface ClaimLists {
  claimSourceIds: string[];
  claimProperties: string[];
  claimValues: string[];
}

interface EntityParam extends ClaimLists {
  id: string;
  kind: string;
  props: Record<string, unknown>;
  evidenceSourceIds: string[];
  evidenceKinds: string[];
  evidenceExcerpts: string[];
  evidenceStatements: string[];
  evidenceLocators: string[];
}

/** Evidence is stored as parallel lists (Neo4j lists hold no nulls: '' where a kind has no such part). */
function evidenceLists(sourceId: string, list: SeedEvidence[]): Pick<EntityParam, `evidence${string}` & keyof EntityParam> {
  return {
    evidenceSourceIds: list.map((e) => e.source ?? sourceId),
    evidenceKinds: list.map((e) => ('excerpt' in e ? 'EXCERPT' : 'CITATION')),
    evidenceExcerpts: list.map((e) => ('excerpt' in e ? e.excerpt : '')),
    evidenceStatements: list.map((e) => ('statement' in e ? e.statement : '')),
    evidenceLocators: list.map((e) => ('statement' in e ? (e.locator ?? '') : '')),
  };
}

/** One claim per property the file states (undefined values are not stated). */
function claimLists(sourceId: string, stated: Record<string, unknown>): ClaimLists {
  const entries = Object.entries(stated).filter(([, value]) => value !== undefined);
  return {
    claimSourceIds: entries.map(() => sourceId),
    claimProperties: entries.map(([property]) => property),
    claimValues: entries.map(([, value]) => JSON.stringify(value)),
  };
}

/** What a seed file states about an entity: its name, aliases (when it gives any), description and properties. */
function entityClaims(sourceId: string, e: SeedEntity): ClaimLists {
  return claimLists(sourceId, { name: e.name, aliases: e.aliases.length > 0 ? e.aliases : undefined, description: e.description, ...e.properties });
}

/** A source's own stored properties (a source's description of itself is not a claim of another source). */
export function sourceProperties(source: DocumentFile['source']): Record<string, unknown> {
  const { id, name, description, file, address, title, documentType, publisher, date, consultedDate } = source;
  return {
    ...entityBaseProperties({ id, kind: 'Source', name, aliases: [], description }),
    file: file ?? null,
    address: address ?? null,
    title: title ?? null,
    consultedDate: consultedDate ?? null,
    documentType,
    publisher: publisher ?? null,
    basis: 'SOURCE',
    ...(date ? partialDateProperties(date) : {}),
  };
}

function documentParams(doc: DocumentFile) {
  const sourceId = doc.source.id;
  const evidence = (list: SeedEvidence[]) => evidenceLists(sourceId, list);
  const source: EntityParam = {
    id: doc.source.id,
    kind: 'Source',
    props: sourceProperties(doc.source),
    ...evidence(doc.source.evidence),
    ...claimLists(sourceId, {}),
  };
  // Their properties are set from the claims of every source, once these are stored (resolveTouched).
  const entities: EntityParam[] = doc.entities.map((e) => ({ id: e.id, kind: e.kind, props: { id: e.id, kind: e.kind }, ...evidence(e.evidence), ...entityClaims(sourceId, e) }));
  const relationships = doc.relationships.map((r) => ({ type: r.type, from: r.from, to: r.to, basis: 'SOURCE', ...evidence(r.evidence), ...claimLists(sourceId, r.properties ?? {}) }));
  return { source, entities, relationships };
}

function referenceParams(ref: ReferenceFile) {
  const source: EntityParam = {
    id: ref.reference.id,
    kind: 'Source',
    props: { ...entityBaseProperties({ id: ref.reference.id, kind: 'Source', name: ref.reference.name, aliases: [], description: ref.reference.description }), documentType: 'reference data', basis: 'REFERENCE' },
    ...evidenceLists(ref.reference.id, []),
    ...claimLists(ref.reference.id, {}),
  };
  const relationships = ref.relationships.map((r) => ({ ...r, basis: 'REFERENCE', ...evidenceLists(ref.reference.id, []), ...claimLists(ref.reference.id, {}) }));
  return { source, properties: ref.properties, relationships };
}
