import { basename } from 'node:path';
import { Database, Transaction } from '../database/database';
import { parsePartialDate, partialDateProperties } from '../model/partialDate';
import { DocumentFile, ReferenceFile, SeedEntity, SeedEvidence } from './seedFileSchema';
import { SeedError, SeedFile } from './readSeeds';

export interface ImportSummary {
  files: number;
  entities: number;
  relationships: number;
  /** Entities and relationships deleted because their seed file no longer states them. */
  pruned: number;
}

/**
 * Writes seed files to Neo4j, one transaction per file: a file either lands whole or not at all.
 * MERGE on ids makes a second run a no-op for counts; each source's evidence replaces its own earlier evidence,
 * and what a file no longer states loses that source's evidence (and goes when no evidence is left).
 */
export async function importSeeds(db: Database, files: SeedFile[]): Promise<ImportSummary> {
  const summary: ImportSummary = { files: 0, entities: 0, relationships: 0, pruned: 0 };
  for (const file of files) {
    await db.writeTransaction(async (tx) => {
      if (file.kind === 'document') {
        const { source, entities, relationships } = documentParams(file.data);
        await tx.run('import-entities', { sourceId: source.id, entities: [source, ...entities] });
        summary.entities += entities.length + 1;
        summary.relationships += await importRelationships(tx, file.path, source.id, relationships);
        summary.pruned += await prune(tx, source.id, [source, ...entities].map((e) => e.id), relationships);
      } else {
        const { source, properties, relationships } = referenceParams(file.data);
        await tx.run('import-entities', { sourceId: source.id, entities: [source] });
        await tx.run('import-reference-properties', { properties });
        summary.relationships += await importRelationships(tx, file.path, source.id, relationships);
        summary.pruned += await prune(tx, source.id, [source.id], relationships);
      }
    });
    summary.files += 1;
  }
  return summary;
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

/** Takes away what this source stated in an earlier import but no longer does (`cypher/prune-source.cypher`). */
async function prune(tx: Transaction, sourceId: string, entityIds: string[], relationships: RelationshipParam[]): Promise<number> {
  const relationshipKeys = relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
  const [row] = await tx.run('prune-source', { sourceId, entityIds, relationshipKeys });
  return Number(row?.entities ?? 0) + Number(row?.relationships ?? 0);
}

interface EntityParam {
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

function documentParams(doc: DocumentFile) {
  const sourceId = doc.source.id;
  const evidence = (list: SeedEvidence[]) => evidenceLists(sourceId, list);
  const { id, name, description, file, address, title, documentType, publisher, date, consultedDate } = doc.source;
  const source: EntityParam = {
    id,
    kind: 'Source',
    props: {
      ...baseProps({ id, kind: 'Source', name, aliases: [], description }),
      file: file ?? null,
      address: address ?? null,
      title: title ?? null,
      consultedDate: consultedDate ?? null,
      documentType,
      publisher: publisher ?? null,
      basis: 'SOURCE',
      ...(date ? partialDateProperties(date) : {}),
    },
    ...evidence(doc.source.evidence),
  };
  const entities: EntityParam[] = doc.entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    props: { ...baseProps(e), ...kindProps(e.properties) },
    ...evidence(e.evidence),
  }));
  const relationships = doc.relationships.map((r) => ({ type: r.type, from: r.from, to: r.to, props: kindProps(r.properties ?? {}), basis: 'SOURCE', ...evidence(r.evidence) }));
  return { source, entities, relationships };
}

function referenceParams(ref: ReferenceFile) {
  const source: EntityParam = {
    id: ref.reference.id,
    kind: 'Source',
    props: { ...baseProps({ id: ref.reference.id, kind: 'Source', name: ref.reference.name, aliases: [], description: ref.reference.description }), documentType: 'reference data', basis: 'REFERENCE' },
    ...evidenceLists(ref.reference.id, []),
  };
  const relationships = ref.relationships.map((r) => ({ ...r, props: {}, basis: 'REFERENCE', ...evidenceLists(ref.reference.id, []) }));
  return { source, properties: ref.properties, relationships };
}

function baseProps(e: Pick<SeedEntity, 'id' | 'kind' | 'name' | 'aliases' | 'description'>): Record<string, unknown> {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    sortName: e.name.toLocaleLowerCase('en'),
    aliases: e.aliases,
    // Full-text indexes read strings, not lists: aliases are indexed through this joined copy.
    aliasText: e.aliases.join(' | '),
    description: e.description ?? null,
  };
}

/**
 * Flattens declared properties into Neo4j property values: a partial date becomes `<name>Year` … `<name>Iso`,
 * a count `<name>`, `<name>Qualifier` and `<name>AsOf`. Partial dates are the only strings shaped like one
 * (seed validation has checked each value against its declared type).
 */
function kindProps(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === 'string' && parsePartialDate(value) !== null) Object.assign(out, partialDateProperties(value, key));
    else if (typeof value === 'object' && value !== null && 'qualifier' in value) {
      const count = value as { value: number; qualifier: string; asOf?: string };
      out[key] = count.value;
      out[`${key}Qualifier`] = count.qualifier;
      out[`${key}AsOf`] = count.asOf ?? null;
    } else out[key] = value;
  }
  return out;
}
