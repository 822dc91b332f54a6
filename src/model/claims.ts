import { PropertyDecl } from './modelTypes';

/**
 * Claims: what each source states about one entity or relationship, property by property, and how the
 * statements of several sources resolve into the one value the graph holds. Pure: the importer resolves with
 * it before it writes, and the API with it to report which sources agree.
 *
 * Storage (every entity and relationship stated by documents): three parallel lists next to the evidence,
 * `claimSourceIds`, `claimProperties`, `claimValues`, one entry per (source, property) a seed file states;
 * the value is `JSON.stringify` of the value as the seed file gives it.
 */

/** A stated count as seed files give it. */
export interface CountValue {
  value: number;
  qualifier: string;
  asOf?: string;
}

/** A value as a seed file states it: a string (dates, enums, text), a number (Int), a count, or a string list (aliases). */
export type ClaimValue = string | number | CountValue | string[];

/** One source's statement of one property. */
export interface Claim {
  sourceId: string;
  property: string;
  value: ClaimValue;
}

/** AGREE: every source states the same value; REFINED: they differ but fit together; CONFLICT: they contradict. */
export type ClaimAgreement = 'AGREE' | 'REFINED' | 'CONFLICT';

/** One distinct value stated for a property, with the sources that state it. */
export interface ClaimedValue {
  value: ClaimValue;
  /** Sorted. */
  sourceIds: string[];
  /** Whether this is the value the graph holds (for aliases: every alias is kept). */
  chosen: boolean;
}

/** How the claims about one property resolve. */
export interface ResolvedClaim {
  property: string;
  /** The value the graph holds, as a seed file would give it; null when no claim decides one. */
  chosen: ClaimValue | null;
  agreement: ClaimAgreement;
  /** Every distinct value stated: the chosen one first, then by how many sources state it, then by value. */
  values: ClaimedValue[];
}

export interface ResolveOptions {
  /** Sources held as text (the seed post): their spelling of a name wins ties, their description is preferred. */
  sourcesHeldAsText?: Iterable<string>;
}

/** The properties every entity has claims about, beyond the ones its kind declares. */
export const ENTITY_CLAIM_PROPERTIES: Record<'name' | 'aliases' | 'description', PropertyDecl> = {
  name: { type: { scalar: 'String' }, nullable: false, description: 'The name; the most stated spelling, other spellings become aliases.' },
  aliases: { type: { scalar: 'String' }, nullable: true, description: 'Other spellings and names: every one any source states.' },
  description: { type: { scalar: 'String' }, nullable: true, description: 'A one-line description; preferably from a source held as text.' },
};

/** The declaration a claim's property follows: the kind's (or relationship type's) own, or an entity one (name, aliases, description). */
export function claimPropertyDecl(properties: Record<string, PropertyDecl>, property: string): PropertyDecl | undefined {
  return Object.hasOwn(properties, property) ? properties[property] : (ENTITY_CLAIM_PROPERTIES as Record<string, PropertyDecl>)[property];
}

/** Reads the stored parallel lists back into claims (values are JSON). */
export function parseStoredClaims(sourceIds: readonly string[], properties: readonly string[], values: readonly string[]): Claim[] {
  if (sourceIds.length !== properties.length || sourceIds.length !== values.length) {
    throw new Error(`stored claims are not parallel lists (${sourceIds.length} sources, ${properties.length} properties, ${values.length} values)`);
  }
  return sourceIds.map((sourceId, i) => ({ sourceId, property: properties[i], value: JSON.parse(values[i]) as ClaimValue }));
}

/** A claim value as text for people: dates as ISO, counts as "MORE_THAN 100 as of 2017-05", Ints as digits, lists joined. */
export function renderClaimValue(decl: PropertyDecl | undefined, value: ClaimValue): string {
  if (Array.isArray(value)) return value.join(', ');
  if (isCount(value)) return `${value.qualifier} ${value.value}${value.asOf === undefined ? '' : ` as of ${value.asOf}`}`;
  if (decl !== undefined && 'scalar' in decl.type && decl.type.scalar === 'Int') return String(Math.trunc(Number(value)));
  return String(value);
}

/**
 * Resolves the claims about one entity or relationship, property by property (the entity properties name,
 * aliases and description first, then the declared ones in declaration order; only properties with claims).
 * - partial dates: claims are consistent when they agree at the coarser precision ("2016-05", "2016-05-11");
 *   the value consistent with most sources wins, then the more precise, then the earliest. REFINED when all are
 *   pairwise consistent but not equal, CONFLICT otherwise.
 * - EventStatus: HELD once any source says HELD (SCHEDULED then HELD is REFINED).
 * - counts: differently dated claims are a series (REFINED), the latest `asOf` chosen (dated beats undated);
 *   equally dated claims that differ CONFLICT unless their ranges overlap (EXACTLY 20 and MORE_THAN 15:
 *   REFINED, the narrowest chosen). For a `series` count (a member count), undated claims never CONFLICT.
 * - name: the most stated spelling (ties: a source held as text, then the smallest source id), REFINED when
 *   spellings differ; every other spelling becomes an alias. aliases: the union. description: a source held
 *   as text, else the smallest source id; neither ever CONFLICTs.
 * - anything else: the most stated value (ties: the smallest source id), CONFLICT when values differ, REFINED
 *   for a property declared `wording` (a role as each page words it).
 */
export function resolveClaims(properties: Record<string, PropertyDecl>, claims: readonly Claim[], options: ResolveOptions = {}): ResolvedClaim[] {
  const heldAsText = new Set(options.sourcesHeldAsText ?? []);
  const byProperty = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claimPropertyDecl(properties, claim.property) === undefined) throw new Error(`claim about an undeclared property: ${claim.property}`);
    byProperty.set(claim.property, [...(byProperty.get(claim.property) ?? []), claim]);
  }
  const resolved: ResolvedClaim[] = [];
  const names = byProperty.get('name');
  const name = names ? resolveName(names, heldAsText) : null;
  if (name) resolved.push(name);
  const otherSpellings = name ? groupValues(names ?? []).filter((g) => g.key !== key(name.chosen as string)) : [];
  const aliases = byProperty.get('aliases') ?? [];
  if (aliases.length > 0 || otherSpellings.length > 0) resolved.push(resolveAliases(aliases, otherSpellings, name?.chosen as string | undefined));
  const descriptions = byProperty.get('description');
  if (descriptions) resolved.push(resolveDescription(descriptions, heldAsText));
  for (const [property, decl] of Object.entries(properties)) {
    const list = byProperty.get(property);
    if (list) resolved.push(resolveDeclared(property, decl, list));
  }
  return resolved;
}

/** The distinct values of a list of claims, with the (distinct, sorted) sources that state each. */
interface ValueGroup {
  key: string;
  value: ClaimValue;
  sourceIds: string[];
}

function isCount(value: ClaimValue): value is CountValue {
  return typeof value === 'object' && !Array.isArray(value);
}

/** A canonical form for comparing values: counts in one key order, lists sorted. */
function canonical(value: ClaimValue): ClaimValue {
  if (Array.isArray(value)) return [...value].sort();
  if (isCount(value)) return value.asOf === undefined ? { value: value.value, qualifier: value.qualifier } : { value: value.value, qualifier: value.qualifier, asOf: value.asOf };
  return value;
}

function key(value: ClaimValue): string {
  return JSON.stringify(canonical(value));
}

function groupValues(claims: readonly Claim[]): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  for (const claim of claims) {
    const k = key(claim.value);
    const group = groups.get(k) ?? { key: k, value: canonical(claim.value), sourceIds: [] };
    if (!group.sourceIds.includes(claim.sourceId)) group.sourceIds.push(claim.sourceId);
    groups.set(k, group);
  }
  for (const group of groups.values()) group.sourceIds.sort(compareText);
  return [...groups.values()];
}

/** Code-unit order, as Neo4j orders strings. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most sources first, then the value whose first source id is smallest. */
function byStatedMost(a: ValueGroup, b: ValueGroup): number {
  return b.sourceIds.length - a.sourceIds.length || compareText(a.sourceIds[0], b.sourceIds[0]);
}

/** The result for a property: the chosen group first, then the others by how many state them, then by value. */
function result(property: string, groups: ValueGroup[], chosen: ValueGroup | null, agreement: ClaimAgreement): ResolvedClaim {
  const rest = groups.filter((g) => g !== chosen).sort((a, b) => b.sourceIds.length - a.sourceIds.length || compareText(a.key, b.key));
  const ordered = chosen ? [chosen, ...rest] : rest;
  return {
    property,
    chosen: chosen ? chosen.value : null,
    agreement,
    values: ordered.map((g) => ({ value: g.value, sourceIds: g.sourceIds, chosen: g === chosen })),
  };
}

/** AGREE for one value, else the given agreement. */
function agreementOf(groups: ValueGroup[], otherwise: ClaimAgreement): ClaimAgreement {
  return groups.length <= 1 ? 'AGREE' : otherwise;
}

function resolveName(claims: Claim[], heldAsText: ReadonlySet<string>): ResolvedClaim {
  const groups = groupValues(claims);
  const fromText = (g: ValueGroup) => (g.sourceIds.some((id) => heldAsText.has(id)) ? 0 : 1);
  const chosen = [...groups].sort((a, b) => b.sourceIds.length - a.sourceIds.length || fromText(a) - fromText(b) || compareText(a.sourceIds[0], b.sourceIds[0]))[0];
  return result('name', groups, chosen, agreementOf(groups, 'REFINED'));
}

/** The union of every alias stated and every spelling of the name not chosen, each with the sources that state it. */
function resolveAliases(claims: Claim[], otherSpellings: ValueGroup[], name: string | undefined): ResolvedClaim {
  const perAlias: Claim[] = [
    ...claims.flatMap((c) => (c.value as string[]).map((alias) => ({ sourceId: c.sourceId, property: 'aliases', value: alias }))),
    ...otherSpellings.flatMap((g) => g.sourceIds.map((sourceId) => ({ sourceId, property: 'aliases', value: g.value }))),
  ].filter((c) => c.value !== name);
  const groups = groupValues(perAlias).sort((a, b) => compareText(a.key, b.key));
  const statedSets = new Set(claims.map((c) => key(c.value)));
  const agreement: ClaimAgreement = statedSets.size <= 1 && otherSpellings.length === 0 ? 'AGREE' : 'REFINED';
  return {
    property: 'aliases',
    chosen: groups.map((g) => g.value as string),
    agreement,
    values: groups.map((g) => ({ value: g.value, sourceIds: g.sourceIds, chosen: true })),
  };
}

function resolveDescription(claims: Claim[], heldAsText: ReadonlySet<string>): ResolvedClaim {
  const groups = groupValues(claims);
  const first = (g: ValueGroup) => g.sourceIds.find((id) => heldAsText.has(id)) ?? null;
  const chosen = [...groups].sort((a, b) => {
    const [ta, tb] = [first(a), first(b)];
    if (ta !== null && tb !== null) return compareText(ta, tb);
    if (ta !== null || tb !== null) return ta !== null ? -1 : 1;
    return compareText(a.sourceIds[0], b.sourceIds[0]);
  })[0];
  return result('description', groups, chosen, agreementOf(groups, 'REFINED'));
}

function resolveDeclared(property: string, decl: PropertyDecl, claims: Claim[]): ResolvedClaim {
  const groups = groupValues(claims);
  const type = decl.type;
  if ('partialDate' in type) return resolveDates(property, groups);
  if ('countClaim' in type) return resolveCounts(property, groups, decl.series === true);
  if ('enum' in type && type.enum === 'EventStatus') {
    const held = groups.find((g) => g.value === 'HELD');
    return result(property, groups, held ?? groups[0], agreementOf(groups, 'REFINED'));
  }
  const chosen = [...groups].sort(byStatedMost)[0];
  return result(property, groups, chosen, agreementOf(groups, decl.wording === true ? 'REFINED' : 'CONFLICT'));
}

/** "2016-05" and "2016-05-11" are consistent (equal at the coarser precision); "2016-05-11" and "2016-05-16" are not. */
function datesConsistent(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.startsWith(shorter);
}

function resolveDates(property: string, groups: ValueGroup[]): ResolvedClaim {
  const iso = (g: ValueGroup) => g.value as string;
  const support = (g: ValueGroup) => new Set(groups.filter((o) => datesConsistent(iso(g), iso(o))).flatMap((o) => o.sourceIds)).size;
  // "2016" < "2016-05" < "2016-05-11": a longer partial ISO date is a more precise one.
  const precision = (g: ValueGroup) => iso(g).length;
  const chosen = [...groups].sort((a, b) => support(b) - support(a) || precision(b) - precision(a) || compareText(iso(a), iso(b)))[0];
  const consistent = groups.every((a) => groups.every((b) => datesConsistent(iso(a), iso(b))));
  return result(property, groups, chosen, agreementOf(groups, consistent ? 'REFINED' : 'CONFLICT'));
}

/** The numbers a stated count allows: AROUND n is taken as n ± 10 % (at least ± 1). */
function countRange(count: CountValue): [number, number] {
  const margin = Math.max(1, Math.round(count.value * 0.1));
  switch (count.qualifier) {
    case 'EXACTLY':
      return [count.value, count.value];
    case 'MORE_THAN':
      return [count.value + 1, Infinity];
    case 'FEWER_THAN':
      return [0, count.value - 1];
    case 'AROUND':
      return [Math.max(0, count.value - margin), count.value + margin];
    default:
      throw new Error(`unknown count qualifier: ${count.qualifier}`);
  }
}

function rangesOverlap(a: CountValue, b: CountValue): boolean {
  const [[aLow, aHigh], [bLow, bHigh]] = [countRange(a), countRange(b)];
  return aLow <= bHigh && bLow <= aHigh;
}

/** Orders compatible counts narrowest first: EXACTLY before AROUND, MORE_THAN 120 before MORE_THAN 100. */
function narrower(a: CountValue, b: CountValue): number {
  const [[aLow, aHigh], [bLow, bHigh]] = [countRange(a), countRange(b)];
  const [aWidth, bWidth] = [aHigh - aLow, bHigh - bLow];
  if (aWidth !== bWidth) return aWidth < bWidth ? -1 : 1;
  return bLow - aLow || aHigh - bHigh;
}

function resolveCounts(property: string, groups: ValueGroup[], series: boolean): ResolvedClaim {
  const count = (g: ValueGroup) => g.value as CountValue;
  // Claims with the same asOf (or all undated) speak of one moment; different moments form a series.
  const moments = new Map<string, ValueGroup[]>();
  for (const g of groups) {
    const asOf = count(g).asOf ?? '';
    moments.set(asOf, [...(moments.get(asOf) ?? []), g]);
  }
  const compatible = (list: ValueGroup[]) => list.every((a) => list.every((b) => rangesOverlap(count(a), count(b))));
  const latest = moments.get([...moments.keys()].sort(compareText).at(-1) ?? '') ?? [];
  const chosen = compatible(latest) ? [...latest].sort((a, b) => narrower(count(a), count(b)) || byStatedMost(a, b))[0] : [...latest].sort(byStatedMost)[0];
  // In a series (a count that changes over time), undated claims cannot contradict each other: nobody can tell when each held.
  const everyMomentCompatible = [...moments].every(([asOf, list]) => (series && asOf === '') || compatible(list));
  return result(property, groups, chosen, agreementOf(groups, everyMomentCompatible ? 'REFINED' : 'CONFLICT'));
}
