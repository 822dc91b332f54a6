import type { EntityRefFragment } from '../generated/graphql';

/** The region the dashboard is filtered to (`?region=`), or none: what the region-aware aggregates are asked for. */
export interface RegionScope {
  /** The region's id, or null for every region. */
  id: string | null;
  region: EntityRefFragment | null;
  /** A table's caption for this scope: "Themes by events, Western Balkans". */
  caption(heading: string): string;
}

export function regionScope(region: EntityRefFragment | null): RegionScope {
  return { id: region?.id ?? null, region, caption: (heading) => (region ? `${heading}, ${region.name}` : heading) };
}
