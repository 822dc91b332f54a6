// Test fixture: a source cited by reference that names no publisher; delete-test-entities.cypher removes it.
CREATE (n:Entity:Source {id: 'source:test-no-publisher', kind: 'Source', name: 'Test source without publisher', sortName: 'test source without publisher',
  aliases: [], aliasText: '', address: 'https://example.org/test', title: 'A test page', documentType: 'web page'})
RETURN n.id AS id
