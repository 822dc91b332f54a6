/**
 * Documented maxima of the relationship queries. A request past one gets BAD_USER_INPUT naming the
 * argument and its maximum, so no query can grow into a timeout.
 */
export const BOUNDS = {
  pathMaxLength: 10,
  pathDefaultLength: 6,
  allShortestPathsMaxFirst: 50,
  neighborhoodMaxDepth: 3,
  neighborhoodMaxLimit: 1000,
  /** A neighbourhood export streams instead of building one GraphQL answer, so it may hold more entities. */
  neighborhoodExportMaxLimit: 5000,
  commonConnectionsMaxIds: 20,
  commonConnectionsMaxFirst: 100,
  relatedInitiativesMaxFirst: 50,
  searchMaxFirst: 100,
  searchMaxTextLength: 500,
  disputesDefaultFirst: 50,
  disputesMaxFirst: 200,
  /** One document sent to importDocument (or `npm run import`): its entities and its relationships. */
  importMaxEntities: 500,
  importMaxRelationships: 2000,
  /** One write through the API: pieces of evidence, aliases, and the length of a name and a description. */
  writeMaxEvidence: 50,
  writeMaxAliases: 50,
  writeMaxNameLength: 300,
  writeMaxDescriptionLength: 2000,
  /** Entries of history, recentChanges. */
  historyDefaultFirst: 50,
  historyMaxFirst: 200,
} as const;
