/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Cities($first: Int!, $after: String, $filter: CityFilter) {\n  cities(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        aliases\n        country {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.CitiesDocument,
    "query CountryActivity($regionId: ID) {\n  countryActivity(regionId: $regionId) {\n    country {\n      id\n      name\n      isoCode\n    }\n    hosted\n    participated\n    partners\n  }\n}": typeof types.CountryActivityDocument,
    "query Entity($id: ID!, $first: Int! = 50) {\n  node(id: $id) {\n    id\n    kind\n    name\n    aliases\n    description\n    evidence {\n      ...EntityEvidence\n    }\n    relationships(first: $first) {\n      type\n      basis\n      from {\n        id\n        kind\n        name\n      }\n      to {\n        id\n        kind\n        name\n      }\n      evidence {\n        ...EntityEvidence\n      }\n    }\n  }\n}\n\nfragment EntityEvidence on Evidence {\n  kind\n  excerpt\n  statement\n  locator\n  source {\n    id\n    name\n    title\n    publisher\n    address\n  }\n}": typeof types.EntityDocument,
    "query Events($first: Int!, $after: String, $from: String, $to: String, $regionId: ID, $countryId: ID, $themeId: ID, $status: EventStatus, $kinds: [EntityKind!]) {\n  events(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    regionId: $regionId\n    countryId: $countryId\n    themeId: $themeId\n    status: $status\n    kinds: $kinds\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        kind\n        name\n        date {\n          iso\n          precision\n        }\n        status\n        city {\n          id\n          name\n        }\n        country {\n          id\n          name\n        }\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.EventsDocument,
    "query EventsByYear($regionId: ID, $kinds: [EntityKind!]) {\n  eventsByYear(regionId: $regionId, kinds: $kinds) {\n    year\n    region {\n      id\n      name\n    }\n    events\n  }\n}": typeof types.EventsByYearDocument,
    "query Stats {\n  stats {\n    kind\n    count\n  }\n}": typeof types.StatsDocument,
    "query ThemeCoverage($regionId: ID, $from: String, $to: String) {\n  themeCoverage(regionId: $regionId, from: $from, to: $to) {\n    theme {\n      id\n      name\n    }\n    events\n    cities\n    countries\n  }\n}": typeof types.ThemeCoverageDocument,
};
const documents: Documents = {
    "query Cities($first: Int!, $after: String, $filter: CityFilter) {\n  cities(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        aliases\n        country {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.CitiesDocument,
    "query CountryActivity($regionId: ID) {\n  countryActivity(regionId: $regionId) {\n    country {\n      id\n      name\n      isoCode\n    }\n    hosted\n    participated\n    partners\n  }\n}": types.CountryActivityDocument,
    "query Entity($id: ID!, $first: Int! = 50) {\n  node(id: $id) {\n    id\n    kind\n    name\n    aliases\n    description\n    evidence {\n      ...EntityEvidence\n    }\n    relationships(first: $first) {\n      type\n      basis\n      from {\n        id\n        kind\n        name\n      }\n      to {\n        id\n        kind\n        name\n      }\n      evidence {\n        ...EntityEvidence\n      }\n    }\n  }\n}\n\nfragment EntityEvidence on Evidence {\n  kind\n  excerpt\n  statement\n  locator\n  source {\n    id\n    name\n    title\n    publisher\n    address\n  }\n}": types.EntityDocument,
    "query Events($first: Int!, $after: String, $from: String, $to: String, $regionId: ID, $countryId: ID, $themeId: ID, $status: EventStatus, $kinds: [EntityKind!]) {\n  events(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    regionId: $regionId\n    countryId: $countryId\n    themeId: $themeId\n    status: $status\n    kinds: $kinds\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        kind\n        name\n        date {\n          iso\n          precision\n        }\n        status\n        city {\n          id\n          name\n        }\n        country {\n          id\n          name\n        }\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.EventsDocument,
    "query EventsByYear($regionId: ID, $kinds: [EntityKind!]) {\n  eventsByYear(regionId: $regionId, kinds: $kinds) {\n    year\n    region {\n      id\n      name\n    }\n    events\n  }\n}": types.EventsByYearDocument,
    "query Stats {\n  stats {\n    kind\n    count\n  }\n}": types.StatsDocument,
    "query ThemeCoverage($regionId: ID, $from: String, $to: String) {\n  themeCoverage(regionId: $regionId, from: $from, to: $to) {\n    theme {\n      id\n      name\n    }\n    events\n    cities\n    countries\n  }\n}": types.ThemeCoverageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Cities($first: Int!, $after: String, $filter: CityFilter) {\n  cities(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        aliases\n        country {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Cities($first: Int!, $after: String, $filter: CityFilter) {\n  cities(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        aliases\n        country {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CountryActivity($regionId: ID) {\n  countryActivity(regionId: $regionId) {\n    country {\n      id\n      name\n      isoCode\n    }\n    hosted\n    participated\n    partners\n  }\n}"): (typeof documents)["query CountryActivity($regionId: ID) {\n  countryActivity(regionId: $regionId) {\n    country {\n      id\n      name\n      isoCode\n    }\n    hosted\n    participated\n    partners\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Entity($id: ID!, $first: Int! = 50) {\n  node(id: $id) {\n    id\n    kind\n    name\n    aliases\n    description\n    evidence {\n      ...EntityEvidence\n    }\n    relationships(first: $first) {\n      type\n      basis\n      from {\n        id\n        kind\n        name\n      }\n      to {\n        id\n        kind\n        name\n      }\n      evidence {\n        ...EntityEvidence\n      }\n    }\n  }\n}\n\nfragment EntityEvidence on Evidence {\n  kind\n  excerpt\n  statement\n  locator\n  source {\n    id\n    name\n    title\n    publisher\n    address\n  }\n}"): (typeof documents)["query Entity($id: ID!, $first: Int! = 50) {\n  node(id: $id) {\n    id\n    kind\n    name\n    aliases\n    description\n    evidence {\n      ...EntityEvidence\n    }\n    relationships(first: $first) {\n      type\n      basis\n      from {\n        id\n        kind\n        name\n      }\n      to {\n        id\n        kind\n        name\n      }\n      evidence {\n        ...EntityEvidence\n      }\n    }\n  }\n}\n\nfragment EntityEvidence on Evidence {\n  kind\n  excerpt\n  statement\n  locator\n  source {\n    id\n    name\n    title\n    publisher\n    address\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Events($first: Int!, $after: String, $from: String, $to: String, $regionId: ID, $countryId: ID, $themeId: ID, $status: EventStatus, $kinds: [EntityKind!]) {\n  events(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    regionId: $regionId\n    countryId: $countryId\n    themeId: $themeId\n    status: $status\n    kinds: $kinds\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        kind\n        name\n        date {\n          iso\n          precision\n        }\n        status\n        city {\n          id\n          name\n        }\n        country {\n          id\n          name\n        }\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Events($first: Int!, $after: String, $from: String, $to: String, $regionId: ID, $countryId: ID, $themeId: ID, $status: EventStatus, $kinds: [EntityKind!]) {\n  events(\n    first: $first\n    after: $after\n    from: $from\n    to: $to\n    regionId: $regionId\n    countryId: $countryId\n    themeId: $themeId\n    status: $status\n    kinds: $kinds\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        kind\n        name\n        date {\n          iso\n          precision\n        }\n        status\n        city {\n          id\n          name\n        }\n        country {\n          id\n          name\n        }\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventsByYear($regionId: ID, $kinds: [EntityKind!]) {\n  eventsByYear(regionId: $regionId, kinds: $kinds) {\n    year\n    region {\n      id\n      name\n    }\n    events\n  }\n}"): (typeof documents)["query EventsByYear($regionId: ID, $kinds: [EntityKind!]) {\n  eventsByYear(regionId: $regionId, kinds: $kinds) {\n    year\n    region {\n      id\n      name\n    }\n    events\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Stats {\n  stats {\n    kind\n    count\n  }\n}"): (typeof documents)["query Stats {\n  stats {\n    kind\n    count\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThemeCoverage($regionId: ID, $from: String, $to: String) {\n  themeCoverage(regionId: $regionId, from: $from, to: $to) {\n    theme {\n      id\n      name\n    }\n    events\n    cities\n    countries\n  }\n}"): (typeof documents)["query ThemeCoverage($regionId: ID, $from: String, $to: String) {\n  themeCoverage(regionId: $regionId, from: $from, to: $to) {\n    theme {\n      id\n      name\n    }\n    events\n    cities\n    countries\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;