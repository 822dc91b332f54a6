/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, entity:
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
      | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null }
     }> };


export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;