/** The kinds of entity in the graph; each is also the Neo4j label of its nodes (all nodes also carry `Entity`). */
export const ENTITY_KINDS = [
  'Network',
  'Region',
  'Country',
  'City',
  'Partner',
  'Workshop',
  'SteeringCommitteeMeeting',
  'RiskTheme',
  'Initiative',
  'Source',
] as const;

export type EntityKindName = (typeof ENTITY_KINDS)[number];

/** Kinds that are events: they have a date, a status and a place. */
export const EVENT_KINDS: readonly EntityKindName[] = ['Workshop', 'SteeringCommitteeMeeting'];
