import { EntityKindName } from './entityKinds';

export interface RelationshipTypeSpec {
  from: readonly EntityKindName[];
  to: readonly EntityKindName[];
  meaning: string;
}

/**
 * Every relationship type the graph may hold, with the kinds it may join (direction: from → to).
 * The seed importer rejects anything else, and queries that take relationship types check them here.
 */
export const RELATIONSHIP_TYPES = {
  LOCATED_IN: { from: ['City'], to: ['Country'], meaning: 'a city lies in a country' },
  PART_OF: { from: ['Country'], to: ['Region'], meaning: 'a country lies in a region (reference data)' },
  ACTIVE_IN: { from: ['Network'], to: ['Region'], meaning: 'a network works in a region' },
  MEMBER_OF: { from: ['City'], to: ['Network'], meaning: 'a city is a member of a network' },
  PARTNER_OF: { from: ['Partner'], to: ['Network'], meaning: 'an organisation is a partner of a network' },
  ORGANISED_BY: { from: ['Workshop', 'SteeringCommitteeMeeting'], to: ['Network', 'Partner'], meaning: 'an event is organised by a network or organisation' },
  HOSTED_BY: { from: ['Workshop', 'SteeringCommitteeMeeting'], to: ['Partner'], meaning: 'an event is hosted by an organisation' },
  HELD_IN: { from: ['Workshop', 'SteeringCommitteeMeeting'], to: ['City', 'Country', 'Region'], meaning: 'an event takes place in the most precise place the source gives' },
  PARTICIPATED_IN: { from: ['City', 'Country', 'Partner'], to: ['Workshop', 'SteeringCommitteeMeeting'], meaning: 'a city, country (through its cities) or organisation took part in an event' },
  COVERED: { from: ['Workshop', 'SteeringCommitteeMeeting'], to: ['RiskTheme'], meaning: 'an event covered a theme' },
  DISCUSSED: { from: ['Workshop', 'SteeringCommitteeMeeting'], to: ['Initiative'], meaning: 'an event discussed an initiative' },
  BUILDS_ON: { from: ['Workshop'], to: ['Workshop'], meaning: 'an event builds on an earlier one' },
  FOLLOWED_BY: { from: ['Workshop', 'SteeringCommitteeMeeting'], to: ['Workshop', 'SteeringCommitteeMeeting'], meaning: 'the next event of a series' },
  DEVELOPED_BY: { from: ['Initiative'], to: ['Partner'], meaning: 'an initiative is developed by an organisation' },
  ANNOUNCED_AT: { from: ['Initiative'], to: ['Workshop', 'SteeringCommitteeMeeting'], meaning: 'an initiative was first announced at an event' },
  ADDRESSES: { from: ['Initiative'], to: ['RiskTheme'], meaning: 'an initiative addresses a theme' },
  INFORMS: { from: ['Initiative'], to: ['Initiative'], meaning: 'an initiative forms the basis of another' },
} as const satisfies Record<string, RelationshipTypeSpec>;

export type RelationshipTypeName = keyof typeof RELATIONSHIP_TYPES;

export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipTypeName[];

export function isRelationshipType(value: string): value is RelationshipTypeName {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIP_TYPES, value);
}
