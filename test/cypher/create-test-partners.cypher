// Test fixture: partners of the network from $partners [{id, name, aliases, description, excerpt}], the excerpt as evidence of
// the entity and of its PARTNER_OF link. Ids must contain ':test-' so that delete-test-entities.cypher removes them.
MATCH (scn:Entity {id: 'network:scn'})
UNWIND $partners AS p
CREATE (n:Entity:Partner {id: p.id, kind: 'Partner', name: p.name, sortName: toLower(p.name), aliases: p.aliases,
  aliasText: reduce(s = '', a IN p.aliases | s + ' ' + a), description: p.description,
  evidenceSourceIds: ['source:scn-western-balkans-workshop-durres'], evidenceExcerpts: [p.excerpt]})
CREATE (n)-[:PARTNER_OF {basis: 'SOURCE', evidenceSourceIds: ['source:scn-western-balkans-workshop-durres'], evidenceExcerpts: [p.excerpt]}]->(scn)
RETURN count(n) AS created
