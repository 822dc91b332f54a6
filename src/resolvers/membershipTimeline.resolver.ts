import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { EntityRecord, toEntityRecord } from '../loaders/entityRecord';
import { notFound } from '../errors/notFound';
import { CountValue, compareText } from '../model/claims';
import { KindName } from '../model/kinds';
import { parsePartialDate } from '../model/partialDate';
import { propertiesOf } from '../model/properties';
import { relationshipPropertiesOf } from '../model/relationshipFields';
import { AGGREGATE_ROWS, ENTITY_EXPANSION_COST, costOf } from './fields/fieldCost';
import { ClaimSources, StoredProperties, citedSourceIds, compareEntities, propertyClaims, storedClaims } from './claimRecords';
import { MembershipTimelineEntry, MembershipTimelineEntryKind } from './membershipTimelineEntry.type';

/** The stated count every timeline subject (a network, a region) has, and the property of MEMBER_OF that dates a join. */
const COUNT_PROPERTY = 'memberCityCount';
const JOIN_PROPERTY = 'joined';

/** Reads the network (or region) and every membership of its member cities; the list takes no size argument, so it is priced as AGGREGATE_ROWS entries. */
const TIMELINE_COST = costOf({ work: () => ENTITY_EXPANSION_COST, items: () => AGGREGATE_ROWS });

/** Partial ISO order (a year before the months of that year), undated last; then counts before joins, by value or city. */
function chronological(a: MembershipTimelineEntry, b: MembershipTimelineEntry): number {
  if ((a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
  return (
    compareText(a.date?.iso ?? '', b.date?.iso ?? '') ||
    compareText(a.kind, b.kind) ||
    (a.count?.value ?? 0) - (b.count?.value ?? 0) ||
    compareText(a.count?.qualifier ?? '', b.count?.qualifier ?? '') ||
    compareEntities(a.city, b.city) ||
    compareText(a.sources.map((s) => s.id).join(' '), b.sources.map((s) => s.id).join(' '))
  );
}

const dateOf = (iso: string | undefined) => (iso === undefined ? null : parsePartialDate(iso));

/**
 * The subject's stated counts, one entry per distinct count of each moment (its asOf, or undated): whether the
 * sources agree is decided among the claims about that moment, since counts of different moments form a series.
 */
function countEntries(subjectProps: StoredProperties, sources: ClaimSources): MembershipTimelineEntry[] {
  const subject = toEntityRecord(subjectProps);
  const properties = propertiesOf(subject.kind as KindName);
  const claims = storedClaims(subjectProps).filter((claim) => claim.property === COUNT_PROPERTY);
  const moments = new Set(claims.map((claim) => (claim.value as CountValue).asOf ?? ''));
  return [...moments].flatMap((moment) =>
    propertyClaims(properties, claims.filter((claim) => ((claim.value as CountValue).asOf ?? '') === moment), subjectProps, sources).flatMap(({ agreement, claims: values }) =>
      values.map(({ stated, sources: statedBy, evidence }) => {
        const count = stated as CountValue;
        return { date: dateOf(count.asOf), kind: MembershipTimelineEntryKind.COUNT, count: { value: count.value, qualifier: count.qualifier, asOf: dateOf(count.asOf) }, city: null, subject, agreement, sources: statedBy, evidence };
      }),
    ),
  );
}

/** The dated joins of member cities: one entry per distinct date the sources give for a city. */
function joinEntries(network: EntityRecord, memberships: { props: StoredProperties; city: StoredProperties }[], sources: ClaimSources): MembershipTimelineEntry[] {
  return memberships.flatMap(({ props, city }) => {
    const claims = storedClaims(props).filter((claim) => claim.property === JOIN_PROPERTY);
    const member = toEntityRecord(city);
    return propertyClaims(relationshipPropertiesOf('MEMBER_OF'), claims, props, sources).flatMap(({ agreement, claims: values }) =>
      values.map(({ stated, sources: statedBy, evidence }) => ({ date: dateOf(stated as string), kind: MembershipTimelineEntryKind.JOIN, count: null, city: member, subject: network, agreement, sources: statedBy, evidence })),
    );
  });
}

@Resolver(() => MembershipTimelineEntry)
export class MembershipTimelineResolver {
  @Query(() => [MembershipTimelineEntry], {
    description:
      "How a network's membership grew, as the sources state it: the dated member counts of the network (or, with regionId, of the region) and the dated joins of its member cities (in the region), each claim with its sources, disagreements included. In partial ISO date order (a date known only to its year before the dates within it); counts no source dates come last. An id that names no network (or region) is a NOT_FOUND error naming the argument.",
    complexity: TIMELINE_COST,
  })
  async membershipTimeline(
    @Arg('networkId', () => ID, { description: 'The network, e.g. "network:scn".' }) networkId: string,
    @Arg('regionId', () => ID, { nullable: true, description: "Only this region: its stated member counts, and the joins of the network's cities in it (through their country)." }) regionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<MembershipTimelineEntry[]> {
    const [row] = await ctx.db.read('membership-timeline', { networkId, regionId: regionId ?? null });
    if (!row) throw notFound('networkId', `names no network: ${JSON.stringify(networkId)}.`);
    if (regionId !== null && regionId !== undefined && !row.region) throw notFound('regionId', `names no region: ${JSON.stringify(regionId)}.`);
    const networkProps = row.network as StoredProperties;
    const subjectProps = (row.region as StoredProperties | null) ?? networkProps;
    const memberships = row.memberships as { props: StoredProperties; city: StoredProperties }[];
    const sources = await ClaimSources.load(ctx, [...citedSourceIds(subjectProps), ...memberships.flatMap((m) => citedSourceIds(m.props))]);
    const entries = [...countEntries(subjectProps, sources), ...joinEntries(toEntityRecord(networkProps), memberships, sources)].sort(chronological);
    ctx.budget.spend(entries.length * 2);
    return entries;
  }
}
