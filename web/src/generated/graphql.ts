/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The kind of an entity; equals its GraphQL type name and its Neo4j label. */
export type EntityKind =
  | 'City'
  | 'Consultation'
  | 'Country'
  | 'Hub'
  | 'HubLaunch'
  | 'Initiative'
  | 'Network'
  | 'Partner'
  | 'Person'
  | 'Region'
  | 'RiskTheme'
  | 'Source'
  | 'SteeringCommitteeMeeting'
  | 'Summit'
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