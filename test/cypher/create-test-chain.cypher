// Test fixture: a chain of $length + 1 partners, 'partner:test-chain-0' to 'partner:test-chain-<$length>', linked one
// to the next and to nothing else, so the only path between its ends is $length long. delete-test-entities.cypher removes it.
UNWIND range(0, $length) AS i
CREATE (:Entity:Partner {id: 'partner:test-chain-' + i, kind: 'Partner', name: 'Chain partner ' + i, sortName: 'chain partner ' + i,
  aliases: [], evidenceSourceIds: [], evidenceExcerpts: []})
WITH count(*) AS _
UNWIND range(1, $length) AS i
MATCH (a:Entity {id: 'partner:test-chain-' + (i - 1)}), (b:Entity {id: 'partner:test-chain-' + i})
CREATE (a)-[:PARTNER_OF {basis: 'SOURCE', evidenceSourceIds: [], evidenceExcerpts: []}]->(b)
RETURN count(*) AS created
