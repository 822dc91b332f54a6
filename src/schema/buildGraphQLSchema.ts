import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { RESOLVERS } from '../resolvers/resolvers';
import { Network } from '../network/network.type';
import { Region } from '../region/region.type';
import { Country } from '../country/country.type';
import { City } from '../city/city.type';
import { Partner } from '../partner/partner.type';
import { Workshop } from '../workshop/workshop.type';
import { SteeringCommitteeMeeting } from '../meeting/steeringCommitteeMeeting.type';
import { RiskTheme } from '../theme/riskTheme.type';
import { Initiative } from '../initiative/initiative.type';
import { Source } from '../source/source.type';

/**
 * A new executable schema from the type-graphql classes (argument validation on). Each service instance
 * builds its own: Apollo instruments the schema object in place, so two servers must not share one.
 */
export function buildGraphQLSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: RESOLVERS,
    // Types reachable only through interfaces must be listed so they are in the schema.
    orphanedTypes: [Network, Region, Country, City, Partner, Workshop, SteeringCommitteeMeeting, RiskTheme, Initiative, Source],
    validate: { forbidUnknownValues: false },
  });
  // type-graphql has no decorator for the root type's own description.
  const query = schema.getQueryType();
  if (query) query.description = 'Entry points: lists per kind, entities by id, paths, neighbourhoods, search, timelines and aggregates.';
  return schema;
}

/** The SDL checked in at schema/schema.graphql: sorted so diffs show real API changes only. */
export function printGraphQLSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildGraphQLSchema()))}\n`;
}
