// Test fixture: a partner whose second piece of evidence cites a source that is not in the graph; delete-test-entities.cypher removes it.
CREATE (n:Entity:Partner {id: 'partner:test-missing-source', kind: 'Partner', name: 'Test missing source', sortName: 'test missing source',
  aliases: [], aliasText: '', evidenceSourceIds: ['source:scn-western-balkans-workshop-durres', 'source:test-not-there'],
  evidenceExcerpts: ['quoted from a source in the graph', 'quoted from a source not in the graph']})
RETURN n.id AS id
