import { ANALYTICS, EVIDENCE_FIELD } from './floorStatements';

/** A `@cypher` directive over a statement whose value is in column `result` (GraphQL block-string quoted). */
const cypher = (statement: string, columnName = 'result') => `@cypher(statement: """\n${statement}\n""", columnName: "${columnName}")`;

/**
 * Type definitions for the Neo4j GraphQL Library (v7) over the very nodes our service reads:
 * every node has the label Entity plus its kind label, and the relationship types of
 * src/model/relationships.ts. Only what the benchmarked query shapes need.
 * Relationship fields are lists: version 7 has no single-node relationship fields. Read-only like our API
 * (`@mutation(operations: [])` leaves the generated schema without mutations).
 * The analytical queries (neighbourhood, shortest path, search, theme coverage) have no generated equivalent:
 * they are `@cypher` queries returning plain object types, with the statements of the floors.
 */
export const neo4jGraphqlTypeDefs = /* GraphQL */ `
  type Region @node(labels: ["Region", "Entity"]) @mutation(operations: []) {
    id: ID!
    name: String!
    sortName: String
    countries: [Country!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Country @node(labels: ["Country", "Entity"]) @mutation(operations: []) {
    id: ID!
    name: String!
    sortName: String
    isoCode: String
    region: [Region!]! @relationship(type: "PART_OF", direction: OUT)
    cities: [City!]! @relationship(type: "LOCATED_IN", direction: IN)
  }

  type City @node(labels: ["City", "Entity"]) @mutation(operations: []) {
    id: ID!
    name: String!
    sortName: String
    country: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT)
    workshops: [Workshop!]! @relationship(type: "HELD_IN", direction: IN)
  }

  type Partner @node(labels: ["Partner", "Entity"]) @mutation(operations: []) {
    id: ID!
    name: String!
    sortName: String
  }

  type RiskTheme @node(labels: ["RiskTheme", "Entity"]) @mutation(operations: []) {
    id: ID!
    name: String!
    sortName: String
  }

  type Workshop @node(labels: ["Workshop", "Entity"]) @mutation(operations: []) {
    id: ID!
    name: String!
    sortName: String
    dateIso: String
    status: String
    workshopKind: String
    evidence: [EvidenceItem!]! ${cypher(EVIDENCE_FIELD, 'evidence')}
    city: [City!]! @relationship(type: "HELD_IN", direction: OUT)
    hosts: [Partner!]! @relationship(type: "HOSTED_BY", direction: OUT)
    themes: [RiskTheme!]! @relationship(type: "COVERED", direction: OUT)
    participatingCountries: [Country!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
  }

  type EntityRef {
    id: ID!
    name: String!
  }

  type SourceRef {
    id: ID!
  }

  type EvidenceItem {
    excerpt: String
    source: SourceRef!
  }

  type Link {
    type: String!
    from: EntityRef!
    to: EntityRef!
  }

  type Subgraph {
    nodes: [EntityRef!]!
    relationships: [Link!]!
    truncated: Boolean!
  }

  type PathStep {
    type: String!
  }

  type Path {
    length: Int!
    nodes: [EntityRef!]!
    relationships: [PathStep!]!
  }

  type SearchHit {
    entity: EntityRef!
    score: Float!
  }

  type ThemeCoverage {
    theme: EntityRef!
    events: Int!
    cities: Int!
    countries: Int!
  }

  type Query {
    "Depth 2 only."
    neighborhood(id: ID!, limit: Int!): Subgraph ${cypher(ANALYTICS.neighborhood)}
    shortestPath(fromId: ID!, toId: ID!, maxLength: Int!): Path ${cypher(ANALYTICS.shortestPath)}
    "query: the Lucene query our service builds from the text; exact: the text in lower case."
    search(query: String!, exact: String!, first: Int!): [SearchHit!]! ${cypher(ANALYTICS.search)}
    themeCoverage: [ThemeCoverage!]! ${cypher(ANALYTICS.themeCoverage)}
  }
`;
