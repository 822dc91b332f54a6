import { NonEmptyArray } from 'type-graphql';
import { EntityResolver } from './entity.resolver';
import { EvidenceResolver } from './evidence.resolver';
import { EventResolver } from './event.resolver';
import { NetworkResolver } from '../network/network.resolver';
import { RegionResolver } from '../region/region.resolver';
import { CountryResolver } from '../country/country.resolver';
import { CityResolver } from '../city/city.resolver';
import { PartnerResolver } from '../partner/partner.resolver';
import { WorkshopResolver } from '../workshop/workshop.resolver';
import { SteeringCommitteeMeetingResolver } from '../meeting/steeringCommitteeMeeting.resolver';
import { RiskThemeResolver } from '../theme/riskTheme.resolver';
import { InitiativeResolver } from '../initiative/initiative.resolver';
import { SourceResolver } from '../source/source.resolver';
import { PathResolver } from './path.resolver';
import { NeighborhoodResolver } from './neighborhood.resolver';
import { SearchResolver } from './search.resolver';
import { RelatedInitiativesResolver } from './relatedInitiatives.resolver';
import { StatsResolver } from './stats.resolver';

/** Every resolver class of the API. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  EntityResolver,
  EvidenceResolver,
  EventResolver,
  NetworkResolver,
  RegionResolver,
  CountryResolver,
  CityResolver,
  PartnerResolver,
  WorkshopResolver,
  SteeringCommitteeMeetingResolver,
  RiskThemeResolver,
  InitiativeResolver,
  SourceResolver,
  PathResolver,
  NeighborhoodResolver,
  SearchResolver,
  RelatedInitiativesResolver,
  StatsResolver,
];
