import { z } from 'zod';
import { Database } from '../database/database';
import { conflict } from '../errors/conflict';
import { notFound } from '../errors/notFound';
import { badInput } from '../errors/badInput';
import { KindName } from '../model/kinds';
import { PROPERTIES_BY_KIND, entityFieldsSchema, entitySchema, sourceSchema } from '../seed/seedFileSchema';
import { sourceProperties } from '../seed/importSeeds';
import { resolveTouched } from '../seed/resolveTouched';
import { ChangeAuthor, ChangeOutcome, writeChange } from './changeSet';
import { addEvidence, listsOf, stateClaims } from './claimLists';
import { readSubjects, writeLists } from './storedSubjects';
import { EvidenceArgument, evidenceInput, parseInput, seedEvidence } from './writeInput';
import { SourceTexts } from './sourceTexts';
import { verifyEvidence } from './verifyEvidence';

export interface WriteOptions {
  sourceTexts: SourceTexts;
}

/** The fields of a source document's `source` (seed format), as createSource takes them. */
export type SourceArgument = z.input<typeof sourceSchema>;

/** Refuses an id that is taken: by an entity, or by an entity merged away (it resolves to its survivor). */
function checkFree(stored: { kind: string | null; mergedInto: string | null } | undefined, id: string): void {
  if (stored?.kind) throw conflict(`The id ${id} is taken by a ${stored.kind}.`);
  if (stored?.mergedInto) throw conflict(`The id ${id} was merged into ${stored.mergedInto} and still resolves to it.`);
}

/** Creates a Source (cited by reference, or held as text): the seed format's rules for a document's source. */
export async function createSource(db: Database, author: ChangeAuthor, input: SourceArgument): Promise<ChangeOutcome<string>> {
  const source = parseInput(sourceSchema, { ...input, evidence: [] }, 'input');
  return writeChange(db, author, 'createSource', async (tx, watch) => {
    await watch({ ids: [source.id] });
    const { entities } = await readSubjects(tx, [source.id]);
    checkFree(entities.get(source.id), source.id);
    await tx.run('curate-create-source', { props: { ...sourceProperties(source), ...listsOf(null) } });
    return source.id;
  });
}

export interface CreateEntityArgument {
  id: string;
  kind: string;
  name: string;
  aliases?: string[] | null;
  description?: string | null;
  properties?: Record<string, unknown> | null;
  source: string;
  evidence: EvidenceArgument[];
}

/** Creates an entity stated by `input.source`, with its evidence (at least one piece, verified). */
export async function createEntity(db: Database, author: ChangeAuthor, input: CreateEntityArgument, options: WriteOptions): Promise<ChangeOutcome<string>> {
  if (input.kind === 'Source') throw badInput('input.kind', 'cannot be Source: create sources with createSource.');
  const pieces = evidenceInput(input.evidence, 'input.evidence', input.source);
  const entity = parseInput(entitySchema, { id: input.id, kind: input.kind, name: input.name, aliases: input.aliases ?? [], description: input.description ?? undefined, properties: input.properties ?? {}, evidence: seedEvidence(pieces) }, 'input');
  return writeChange(db, author, 'createEntity', async (tx, watch) => {
    await watch({ ids: [entity.id] });
    const { entities } = await readSubjects(tx, [entity.id]);
    checkFree(entities.get(entity.id), entity.id);
    await verifyEvidence(tx, pieces, options.sourceTexts);
    const stated = { name: entity.name, aliases: entity.aliases.length > 0 ? entity.aliases : undefined, description: entity.description, ...entity.properties };
    const lists = addEvidence(stateClaims(listsOf(null), input.source, definedOnly(stated)), pieces);
    await writeLists(tx, [{ id: entity.id, kind: entity.kind, lists }], []);
    await resolveTouched(tx, [entity.id], []);
    return entity.id;
  });
}

function definedOnly(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

export interface UpdateEntityArgument {
  id: string;
  name?: string | null;
  aliases?: string[] | null;
  description?: string | null;
  properties?: Record<string, unknown> | null;
  source: string;
  evidence: EvidenceArgument[];
}

/**
 * `input.source` states these values of an entity, with evidence: its earlier claim of each property given is replaced
 * (a property set to null withdraws it); other sources' claims stay, and the claims resolve again.
 */
export async function updateEntity(db: Database, author: ChangeAuthor, input: UpdateEntityArgument, options: WriteOptions): Promise<ChangeOutcome<string>> {
  const pieces = evidenceInput(input.evidence, 'input.evidence', input.source);
  if (pieces.length === 0) throw badInput('input.evidence', 'needs at least one piece of evidence: a claim without evidence is refused.');
  return writeChange(db, author, 'updateEntity', async (tx, watch) => {
    await watch({ ids: [input.id] });
    const stored = (await readSubjects(tx, [input.id])).entities.get(input.id);
    if (!stored?.kind) throw notFound('input.id', stored?.mergedInto ? `was merged into ${stored.mergedInto}: update that entity.` : `names no entity: ${input.id}.`);
    if (stored.kind === 'Source') throw badInput('input.id', 'names a Source: a source\'s own properties are not claims of another source.');
    const kind = stored.kind as KindName;
    const properties = input.properties ?? {};
    const given = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null));
    // The seed format's rules for what is given: the stored name stands in when the name is not restated.
    parseInput(entityFieldsSchema, { id: input.id, kind, name: input.name ?? String(stored.properties?.name ?? input.id), aliases: input.aliases ?? [], description: input.description ?? undefined, properties: {}, evidence: seedEvidence(pieces) }, 'input');
    parseInput((PROPERTIES_BY_KIND[kind] as z.ZodObject).partial(), given, 'input.properties');
    await verifyEvidence(tx, pieces, options.sourceTexts);
    const stated = definedOnly({ name: input.name ?? undefined, aliases: input.aliases ?? undefined, description: input.description ?? undefined, ...properties });
    const lists = addEvidence(stateClaims(stored.lists, input.source, stated), pieces);
    await writeLists(tx, [{ id: input.id, kind, lists }], []);
    await resolveTouched(tx, [input.id], []);
    return input.id;
  });
}

/**
 * Deletes an entity. Refused while it has relationships unless `detach` (they go with it), and for a Source still
 * cited by evidence or claims anywhere.
 */
export async function deleteEntity(db: Database, author: ChangeAuthor, id: string, detach: boolean): Promise<ChangeOutcome<string>> {
  return writeChange(db, author, 'deleteEntity', async (tx, watch) => {
    const [row] = await tx.run('curate-relationships-of', { id });
    if (!row) throw notFound('id', `names no entity: ${id}.`);
    const relationships = row.relationships as { from: string; type: string; to: string }[];
    const citedBy = [...(row.citedBy as string[]), ...(row.citedByRelationships as string[])].filter((by) => by !== id);
    if (citedBy.length > 0) throw conflict(`${id} is the source of evidence or claims of ${citedBy.join(', ')}${citedBy.length >= 3 ? ' and perhaps more' : ''}: retract those first.`);
    if (relationships.length > 0 && !detach) throw conflict(`${id} has ${relationships.length} relationship${relationships.length === 1 ? '' : 's'}: unlink them, or delete with detach: true.`);
    await watch({ ids: [id], relationships });
    await tx.run('curate-delete', { ids: [id], relationships });
    return id;
  });
}
