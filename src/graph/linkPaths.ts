/**
 * Relationship-type paths that list filters follow to decide whether an entity lies in, or is tied to,
 * a place or another entity (see LinkFilter). Places nest City -LOCATED_IN-> Country -PART_OF-> Region,
 * and events are HELD_IN the most precise place their source gives.
 */
export const LINK_PATHS = {
  cityInCountry: [['LOCATED_IN']],
  cityInRegion: [['LOCATED_IN', 'PART_OF']],
  countryInRegion: [['PART_OF']],
  eventInCity: [['HELD_IN']],
  eventInCountry: [['HELD_IN'], ['HELD_IN', 'LOCATED_IN']],
  eventInRegion: [['HELD_IN'], ['HELD_IN', 'PART_OF'], ['HELD_IN', 'LOCATED_IN', 'PART_OF']],
  eventCoversTheme: [['COVERED']],
  eventHostedBy: [['HOSTED_BY']],
  initiativeDevelopedBy: [['DEVELOPED_BY']],
  initiativeAddressesTheme: [['ADDRESSES']],
  partnerOfNetwork: [['PARTNER_OF']],
} as const satisfies Record<string, string[][]>;

/** A LinkFilter for an optional id argument (none when the id is not given). */
export function linkIf(id: string | null | undefined, paths: readonly (readonly string[])[]): { id: string; paths: string[][] }[] {
  return id ? [{ id, paths: paths.map((p) => [...p]) }] : [];
}
