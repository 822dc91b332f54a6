import { LinkHop } from './modelTypes';

const out = (...types: string[]): LinkHop[] => types.map((type) => ({ type, direction: 'OUT' as const }));

/**
 * Relationship paths that list filters follow to decide whether an entity lies in, or is tied to, a place or
 * another entity. Places nest City -LOCATED_IN-> Country -PART_OF-> Region, and events are HELD_IN the most
 * precise place their source gives. An entity passes a link filter when one of the link's paths leads from it
 * to the entity with the given id.
 */
export const LINK_PATHS = {
  cityInCountry: [out('LOCATED_IN')],
  cityInRegion: [out('LOCATED_IN', 'PART_OF')],
  countryInRegion: [out('PART_OF')],
  eventInCity: [out('HELD_IN')],
  eventInCountry: [out('HELD_IN'), out('HELD_IN', 'LOCATED_IN')],
  eventInRegion: [out('HELD_IN'), out('HELD_IN', 'PART_OF'), out('HELD_IN', 'LOCATED_IN', 'PART_OF')],
  eventCoversTheme: [out('COVERED')],
  eventHostedBy: [out('HOSTED_BY')],
  initiativeDevelopedBy: [out('DEVELOPED_BY')],
  initiativeAddressesTheme: [out('ADDRESSES')],
  partnerOfNetwork: [out('PARTNER_OF')],
} as const satisfies Record<string, LinkHop[][]>;

export type LinkPathName = keyof typeof LINK_PATHS;
