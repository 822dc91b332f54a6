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
    "query EntityName($id: ID!) {\n  node(id: $id) {\n    ...EntityRef\n  }\n}": typeof types.EntityNameDocument,
    "fragment EntityRef on Entity {\n  id\n  kind\n  name\n}\n\nfragment PartialDateFields on PartialDate {\n  iso\n  precision\n}\n\nfragment CountClaimFields on CountClaim {\n  value\n  qualifier\n  asOf {\n    ...PartialDateFields\n  }\n}\n\nfragment SourceFields on Source {\n  id\n  kind\n  name\n  basis\n  date {\n    ...PartialDateFields\n  }\n  address\n  title\n  publisher\n  consultedDate\n  documentType\n}\n\nfragment EvidenceFields on Evidence {\n  kind\n  excerpt\n  statement\n  locator\n  source {\n    ...SourceFields\n  }\n}": typeof types.EntityRefFragmentDoc,
    "query Neighborhood($id: ID!, $depth: Int!, $kinds: [EntityKind!], $relationshipTypes: [String!], $limit: Int!) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    kinds: $kinds\n    relationshipTypes: $relationshipTypes\n    limit: $limit\n  ) {\n    truncated\n    nodes {\n      ...EntityRef\n      description\n    }\n    relationships {\n      type\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n  }\n}": typeof types.NeighborhoodDocument,
    "query PathFind($fromId: ID!, $toId: ID!, $maxLength: Int!, $first: Int!) {\n  from: node(id: $fromId) {\n    ...EntityRef\n  }\n  to: node(id: $toId) {\n    ...EntityRef\n  }\n  allShortestPaths(\n    fromId: $fromId\n    toId: $toId\n    maxLength: $maxLength\n    first: $first\n  ) {\n    length\n    nodes {\n      ...EntityRef\n    }\n    relationships {\n      type\n      basis\n      from {\n        id\n      }\n      to {\n        id\n      }\n      evidence {\n        ...EvidenceFields\n      }\n    }\n  }\n}": typeof types.PathFindDocument,
    "query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    score\n    entity {\n      id\n      kind\n      name\n      aliases\n      description\n    }\n  }\n}": typeof types.SearchDocument,
};
const documents: Documents = {
    "query EntityName($id: ID!) {\n  node(id: $id) {\n    ...EntityRef\n  }\n}": types.EntityNameDocument,
    "fragment EntityRef on Entity {\n  id\n  kind\n  name\n}\n\nfragment PartialDateFields on PartialDate {\n  iso\n  precision\n}\n\nfragment CountClaimFields on CountClaim {\n  value\n  qualifier\n  asOf {\n    ...PartialDateFields\n  }\n}\n\nfragment SourceFields on Source {\n  id\n  kind\n  name\n  basis\n  date {\n    ...PartialDateFields\n  }\n  address\n  title\n  publisher\n  consultedDate\n  documentType\n}\n\nfragment EvidenceFields on Evidence {\n  kind\n  excerpt\n  statement\n  locator\n  source {\n    ...SourceFields\n  }\n}": types.EntityRefFragmentDoc,
    "query Neighborhood($id: ID!, $depth: Int!, $kinds: [EntityKind!], $relationshipTypes: [String!], $limit: Int!) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    kinds: $kinds\n    relationshipTypes: $relationshipTypes\n    limit: $limit\n  ) {\n    truncated\n    nodes {\n      ...EntityRef\n      description\n    }\n    relationships {\n      type\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n  }\n}": types.NeighborhoodDocument,
    "query PathFind($fromId: ID!, $toId: ID!, $maxLength: Int!, $first: Int!) {\n  from: node(id: $fromId) {\n    ...EntityRef\n  }\n  to: node(id: $toId) {\n    ...EntityRef\n  }\n  allShortestPaths(\n    fromId: $fromId\n    toId: $toId\n    maxLength: $maxLength\n    first: $first\n  ) {\n    length\n    nodes {\n      ...EntityRef\n    }\n    relationships {\n      type\n      basis\n      from {\n        id\n      }\n      to {\n        id\n      }\n      evidence {\n        ...EvidenceFields\n      }\n    }\n  }\n}": types.PathFindDocument,
    "query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    score\n    entity {\n      id\n      kind\n      name\n      aliases\n      description\n    }\n  }\n}": types.SearchDocument,
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
export function graphql(source: "query EntityName($id: ID!) {\n  node(id: $id) {\n    ...EntityRef\n  }\n}"): (typeof documents)["query EntityName($id: ID!) {\n  node(id: $id) {\n    ...EntityRef\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EntityRef on Entity {\n  id\n  kind\n  name\n}\n\nfragment PartialDateFields on PartialDate {\n  iso\n  precision\n}\n\nfragment CountClaimFields on CountClaim {\n  value\n  qualifier\n  asOf {\n    ...PartialDateFields\n  }\n}\n\nfragment SourceFields on Source {\n  id\n  kind\n  name\n  basis\n  date {\n    ...PartialDateFields\n  }\n  address\n  title\n  publisher\n  consultedDate\n  documentType\n}\n\nfragment EvidenceFields on Evidence {\n  kind\n  excerpt\n  statement\n  locator\n  source {\n    ...SourceFields\n  }\n}"): (typeof documents)["fragment EntityRef on Entity {\n  id\n  kind\n  name\n}\n\nfragment PartialDateFields on PartialDate {\n  iso\n  precision\n}\n\nfragment CountClaimFields on CountClaim {\n  value\n  qualifier\n  asOf {\n    ...PartialDateFields\n  }\n}\n\nfragment SourceFields on Source {\n  id\n  kind\n  name\n  basis\n  date {\n    ...PartialDateFields\n  }\n  address\n  title\n  publisher\n  consultedDate\n  documentType\n}\n\nfragment EvidenceFields on Evidence {\n  kind\n  excerpt\n  statement\n  locator\n  source {\n    ...SourceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Neighborhood($id: ID!, $depth: Int!, $kinds: [EntityKind!], $relationshipTypes: [String!], $limit: Int!) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    kinds: $kinds\n    relationshipTypes: $relationshipTypes\n    limit: $limit\n  ) {\n    truncated\n    nodes {\n      ...EntityRef\n      description\n    }\n    relationships {\n      type\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query Neighborhood($id: ID!, $depth: Int!, $kinds: [EntityKind!], $relationshipTypes: [String!], $limit: Int!) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    kinds: $kinds\n    relationshipTypes: $relationshipTypes\n    limit: $limit\n  ) {\n    truncated\n    nodes {\n      ...EntityRef\n      description\n    }\n    relationships {\n      type\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathFind($fromId: ID!, $toId: ID!, $maxLength: Int!, $first: Int!) {\n  from: node(id: $fromId) {\n    ...EntityRef\n  }\n  to: node(id: $toId) {\n    ...EntityRef\n  }\n  allShortestPaths(\n    fromId: $fromId\n    toId: $toId\n    maxLength: $maxLength\n    first: $first\n  ) {\n    length\n    nodes {\n      ...EntityRef\n    }\n    relationships {\n      type\n      basis\n      from {\n        id\n      }\n      to {\n        id\n      }\n      evidence {\n        ...EvidenceFields\n      }\n    }\n  }\n}"): (typeof documents)["query PathFind($fromId: ID!, $toId: ID!, $maxLength: Int!, $first: Int!) {\n  from: node(id: $fromId) {\n    ...EntityRef\n  }\n  to: node(id: $toId) {\n    ...EntityRef\n  }\n  allShortestPaths(\n    fromId: $fromId\n    toId: $toId\n    maxLength: $maxLength\n    first: $first\n  ) {\n    length\n    nodes {\n      ...EntityRef\n    }\n    relationships {\n      type\n      basis\n      from {\n        id\n      }\n      to {\n        id\n      }\n      evidence {\n        ...EvidenceFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    score\n    entity {\n      id\n      kind\n      name\n      aliases\n      description\n    }\n  }\n}"): (typeof documents)["query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    score\n    entity {\n      id\n      kind\n      name\n      aliases\n      description\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;