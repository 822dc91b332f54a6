/**
 * Type definitions for the Neo4j GraphQL Library (v7) over the very nodes our service reads:
 * every node has the label Entity plus its kind label, and the relationship types of
 * src/model/relationships.ts. Only what the benchmarked query shapes need.
 * Relationship fields are lists: version 7 has no single-node relationship fields. Read-only like our API
 * (`@mutation(operations: [])` leaves the generated schema without mutations).
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
    city: [City!]! @relationship(type: "HELD_IN", direction: OUT)
    hosts: [Partner!]! @relationship(type: "HOSTED_BY", direction: OUT)
    themes: [RiskTheme!]! @relationship(type: "COVERED", direction: OUT)
    participatingCountries: [Country!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
  }
`;
