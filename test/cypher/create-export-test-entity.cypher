// Test fixture: one partner whose texts need quoting and escaping in every export format; delete-test-entities.cypher removes it.
CREATE (n:Entity:Partner {id: 'partner:test-export-quoting', kind: 'Partner', name: $name, sortName: toLower($name),
  aliases: $aliases, aliasText: reduce(s = '', a IN $aliases | s + a), description: $description,
  evidenceSourceIds: ['source:scn-western-balkans-workshop-durres'], evidenceExcerpts: [$excerpt]})
WITH n
MATCH (scn:Entity {id: 'network:scn'})
CREATE (n)-[:PARTNER_OF {basis: 'SOURCE', evidenceSourceIds: ['source:scn-western-balkans-workshop-durres'], evidenceExcerpts: [$excerpt]}]->(scn)
RETURN n.id AS id
