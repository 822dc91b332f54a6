/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters for cities. */
export type CityFilter = {
  /** Only cities in this country. */
  countryId?: string | null | undefined;
  /** Only these ids (at most 500). */
  ids?: Array<string> | null | undefined;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: string | null | undefined;
  /** Only cities in this region (through their country). */
  regionId?: string | null | undefined;
};

/** How precisely the source gives a date. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** The kind of an entity; equals its GraphQL type name and its Neo4j label. */
export type EntityKind =
  /** A city: a member of the network, or a place where events were held. */
  | 'City'
  /** A consultation of a city or country with the network: local authorities and communities meeting to shape prevention work. */
  | 'Consultation'
  /** A country. Its ISO code is reference data. */
  | 'Country'
  /** A regional hub of a network, serving the member cities of one region (e.g. the East and Southern Africa hub). */
  | 'Hub'
  /** The launch event of a regional hub of the network. */
  | 'HubLaunch'
  /** A framework, methodology, local action plan or programme. */
  | 'Initiative'
  /** A network of cities, such as the Strong Cities Network. */
  | 'Network'
  /** An organisation working with the network: an NGO, association, company or multilateral. */
  | 'Partner'
  /** A person in a public role that a source names (a mayor, a minister, a co-chair, an officer of the network); nothing beyond what the source states. */
  | 'Person'
  /** A world region such as the Western Balkans or South Asia. */
  | 'Region'
  /** A risk or prevention theme, e.g. returnees and reintegration, referral mechanisms. */
  | 'RiskTheme'
  /** A document the graph's facts come from, or the reference data set. */
  | 'Source'
  /** A meeting of a network's steering committee, e.g. the SCN International Steering Committee in Aarhus, May 2017. */
  | 'SteeringCommitteeMeeting'
  /** A global summit of a network, e.g. the SCN's first Global Summit in Antalya, May 2016. */
  | 'Summit'
  /** A workshop: a regional practitioners' workshop or an in-country training. */
  | 'Workshop';

/** Whether an event had taken place or was still scheduled when its source was written. */
export type EventStatus =
  | 'HELD'
  | 'SCHEDULED';

/** What sort of evidence a piece of evidence is. */
export type EvidenceKind =
  /** A source cited by reference (address, title, publisher), with where in it (locator) and a one-line statement of the claim in our own words. */
  | 'CITATION'
  /** Verbatim text of a source whose text the project holds; check-evidence verifies it word for word. */
  | 'EXCERPT';

/** Where a fact comes from. */
export type FactBasis =
  /** Reference data no source needs to state (ISO codes, which region a country lies in); no excerpt. */
  | 'REFERENCE'
  /** Stated by a source document; the evidence quotes it. */
  | 'SOURCE';

export type CitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CityFilter | null | undefined;
}>;


export type CitiesQuery = { cities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, aliases: Array<string>, country: { id: string, name: string } | null } }> } };

export type CountryActivityQueryVariables = Exact<{
  regionId?: string | null | undefined;
}>;


export type CountryActivityQuery = { countryActivity: Array<{ hosted: number, participated: number, partners: number, country: { id: string, name: string, isoCode: string | null } }> };

export type EntityQueryVariables = Exact<{
  id: string;
  first?: number;
}>;


export type EntityQuery = { node:
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }>, relationships: Array<{ type: string, basis: FactBasis, from:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } }> }> }
   | null };

export type EntityEvidenceFragment = { kind: EvidenceKind, excerpt: string | null, statement: string | null, locator: string | null, source: { id: string, name: string, title: string | null, publisher: string | null, address: string | null } };

export type EventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  regionId?: string | null | undefined;
  countryId?: string | null | undefined;
  themeId?: string | null | undefined;
  status?: EventStatus | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type EventsQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { id: string, kind: EntityKind, name: string, status: EventStatus | null, date: { iso: string, precision: DatePrecision } | null, city: { id: string, name: string } | null, country: { id: string, name: string } | null, region: { id: string, name: string } | null }
        | { id: string, kind: EntityKind, name: string, status: EventStatus | null, date: { iso: string, precision: DatePrecision } | null, city: { id: string, name: string } | null, country: { id: string, name: string } | null, region: { id: string, name: string } | null }
        | { id: string, kind: EntityKind, name: string, status: EventStatus | null, date: { iso: string, precision: DatePrecision } | null, city: { id: string, name: string } | null, country: { id: string, name: string } | null, region: { id: string, name: string } | null }
        | { id: string, kind: EntityKind, name: string, status: EventStatus | null, date: { iso: string, precision: DatePrecision } | null, city: { id: string, name: string } | null, country: { id: string, name: string } | null, region: { id: string, name: string } | null }
        | { id: string, kind: EntityKind, name: string, status: EventStatus | null, date: { iso: string, precision: DatePrecision } | null, city: { id: string, name: string } | null, country: { id: string, name: string } | null, region: { id: string, name: string } | null }
       }> } };

export type EventsByYearQueryVariables = Exact<{
  regionId?: string | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type EventsByYearQuery = { eventsByYear: Array<{ year: number, events: number, region: { id: string, name: string } | null }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: Array<{ kind: string, count: number }> };

export type ThemeCoverageQueryVariables = Exact<{
  regionId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ThemeCoverageQuery = { themeCoverage: Array<{ events: number, cities: number, countries: number, theme: { id: string, name: string } }> };

export const EntityEvidenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<EntityEvidenceFragment, unknown>;
export const CitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitiesQuery, CitiesQueryVariables>;
export const CountryActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isoCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosted"}},{"kind":"Field","name":{"kind":"Name","value":"participated"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}}]}}]}}]} as unknown as DocumentNode<CountryActivityQuery, CountryActivityQueryVariables>;
export const EntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Entity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityEvidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityEvidence"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<EntityQuery, EntityQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"themeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"countryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"themeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"themeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const EventsByYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsByYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsByYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<EventsByYearQuery, EventsByYearQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const ThemeCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThemeCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"cities"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}}]}}]}}]} as unknown as DocumentNode<ThemeCoverageQuery, ThemeCoverageQueryVariables>;