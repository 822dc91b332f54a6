import { ClassType, NonEmptyArray } from 'type-graphql';
import { EntityResolver } from './entity.resolver';
import { EvidenceResolver } from './evidence.resolver';
import { EventResolver } from './event.resolver';
import { PathResolver } from './path.resolver';
import { NeighborhoodResolver } from './neighborhood.resolver';
import { SearchResolver } from './search.resolver';
import { RelatedInitiativesResolver } from './relatedInitiatives.resolver';
import { StatsResolver } from './stats.resolver';
import { ClaimsResolver } from './claims.resolver';
import { MembershipTimelineResolver } from './membershipTimeline.resolver';
import { ModelResolver } from './model.resolver';
import { CurationResolver } from './curation.resolver';
import { ImportDocumentResolver } from './importDocument.resolver';
import { HistoryResolver } from './history.resolver';
import { ApiKeysResolver } from './apiKeys.resolver';
import { ListQueriesResolver } from './kinds/listQueries';
import { RELATIONSHIP_RESOLVERS } from './kinds/relationshipResolvers';
import { KIND_TYPES } from './kinds/kindTypes';

/** Every resolver class of the API: those generated from the model, and the hand-written ones. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  ListQueriesResolver,
  ...RELATIONSHIP_RESOLVERS,
  EntityResolver,
  EvidenceResolver,
  EventResolver,
  PathResolver,
  NeighborhoodResolver,
  SearchResolver,
  RelatedInitiativesResolver,
  StatsResolver,
  ClaimsResolver,
  MembershipTimelineResolver,
  ModelResolver,
  CurationResolver,
  ImportDocumentResolver,
  HistoryResolver,
  ApiKeysResolver,
];

/** Types reachable only through interfaces, which must be listed so they are in the schema: every kind. */
export const ORPHANED_TYPES: ClassType[] = Object.values(KIND_TYPES);
