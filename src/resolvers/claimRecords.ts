import { Context } from '../loaders/context';
import { EntityRecord, EvidenceRecord, toEvidence } from '../loaders/entityRecord';
import { findEntities } from '../loaders/entityLoader';
import { Claim, ClaimAgreement, ClaimValue, claimPropertyDecl, compareText, parseStoredClaims, renderClaimValue, resolveClaims } from '../model/claims';
import { PropertyDecl } from '../model/modelTypes';

/**
 * Turns what the graph stores about claims (the parallel lists `claimSourceIds`, `claimProperties`,
 * `claimValues` of a node or relationship, next to its evidence) into the API's claim records, resolved
 * with the same function the importer resolves with (src/model/claims.ts), so the API reports the value
 * the graph holds and whether the sources agree.
 */

/** One distinct value of a property, with the sources that state it and their evidence (GraphQL `Claim`). */
export interface ClaimRecord {
  /** As text, for people (renderClaimValue). */
  value: string;
  /** As the seed files give it: a partial ISO date, a count, … (not in the API; the timeline reads it). */
  stated: ClaimValue;
  chosen: boolean;
  sources: EntityRecord[];
  evidence: EvidenceRecord[];
}

/** Every claim about one property (GraphQL `PropertyClaims`). */
export interface PropertyClaimsRecord {
  property: string;
  value: string | null;
  agreement: ClaimAgreement;
  claims: ClaimRecord[];
}

/** A node's or a relationship's property map, as Neo4j returns it. */
export type StoredProperties = Record<string, unknown>;


/** Entities in the order lists give them: by name (lower-cased, as `sortName`), then id; a missing one first. */
export function compareEntities(a: EntityRecord | null | undefined, b: EntityRecord | null | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  return compareText(a.name.toLocaleLowerCase('en'), b.name.toLocaleLowerCase('en')) || compareText(a.id, b.id);
}

const AGREEMENT_ORDER: readonly ClaimAgreement[] = ['AGREE', 'REFINED', 'CONFLICT'];

/** The worst of several agreements (AGREE for none). */
export function worstAgreement(agreements: Iterable<ClaimAgreement>): ClaimAgreement {
  let worst = 0;
  for (const agreement of agreements) worst = Math.max(worst, AGREEMENT_ORDER.indexOf(agreement));
  return AGREEMENT_ORDER[worst];
}

const list = (props: StoredProperties, key: string): string[] => (props[key] as string[] | null | undefined) ?? [];

/** The claims stored on a node or relationship (none for data stored without claims, such as reference data). */
export function storedClaims(props: StoredProperties): Claim[] {
  return parseStoredClaims(list(props, 'claimSourceIds'), list(props, 'claimProperties'), list(props, 'claimValues'));
}

/** Every source a node or relationship cites, by its claims or its evidence. */
export function citedSourceIds(props: StoredProperties): string[] {
  return [...list(props, 'claimSourceIds'), ...list(props, 'evidenceSourceIds')];
}

/** The sources of a request's claims, loaded once, by id. */
export class ClaimSources {
  private constructor(private readonly byId: ReadonlyMap<string, EntityRecord>) {}

  /** Loads the sources with these ids (through the request's entity loader); one that does not exist is an error. */
  static async load(ctx: Context, ids: Iterable<string>): Promise<ClaimSources> {
    const distinct = [...new Set(ids)].sort();
    const found = await findEntities(ctx.loaders.entity, distinct);
    const missing = distinct.filter((_, i) => found[i] === null);
    if (missing.length > 0) throw new Error(`claims or evidence cite sources that are not in the graph: ${missing.join(', ')}`);
    return new ClaimSources(new Map(found.map((source) => [source!.id, source!])));
  }

  /** Sources held as text (they have a file): their spelling of a name and their description win ties, as on import. */
  get heldAsText(): string[] {
    return [...this.byId.values()].filter((source) => typeof source.file === 'string' && source.file !== '').map((source) => source.id);
  }

  /** The sources with these ids, by id. */
  records(ids: Iterable<string>): EntityRecord[] {
    return [...new Set(ids)].sort().map((id) => this.byId.get(id)!);
  }
}

/** The evidence a node or relationship has from these sources. */
export function evidenceFrom(props: StoredProperties, sourceIds: readonly string[]): EvidenceRecord[] {
  return toEvidence(props).filter((evidence) => sourceIds.includes(evidence.sourceId));
}

/**
 * Resolves `claims` (about the node or relationship `holder`, whose declared properties are `properties`) into
 * one record per property, each value with its sources and their evidence for the holder.
 */
export function propertyClaims(properties: Record<string, PropertyDecl>, claims: readonly Claim[], holder: StoredProperties, sources: ClaimSources): PropertyClaimsRecord[] {
  return resolveClaims(properties, claims, { sourcesHeldAsText: sources.heldAsText }).map((resolved) => {
    const decl = claimPropertyDecl(properties, resolved.property);
    return {
      property: resolved.property,
      value: resolved.chosen === null ? null : renderClaimValue(decl, resolved.chosen),
      agreement: resolved.agreement,
      claims: resolved.values.map((claimed) => ({
        value: renderClaimValue(decl, claimed.value),
        stated: claimed.value,
        chosen: claimed.chosen,
        sources: sources.records(claimed.sourceIds),
        evidence: evidenceFrom(holder, claimed.sourceIds),
      })),
    };
  });
}
