import neo4j, { Node, Relationship } from 'neo4j-driver';
import { toPlain } from '../../src/database/toPlain';

test('Records: driver values become plain JSON values, strings and maps unchanged', () => {
  const node = new Node(neo4j.int(1), ['Entity', 'City'], { id: 'city:durres', name: 'Durrës', aliases: ['Durazzo'], rank: neo4j.int(3) }, 'e1');
  const rel = new Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'HELD_IN', { basis: 'SOURCE' }, 'r', 's', 'e');
  const row = {
    text: 'plain', yes: true, float: 1.5, none: null, missing: undefined, count: neo4j.int(42),
    node, rel, list: [neo4j.int(1), 'two', { three: neo4j.int(3) }],
    date: new neo4j.types.Date(2017, 5, 12),
  };
  expect(toPlain(row)).toEqual({
    text: 'plain', yes: true, float: 1.5, none: null, missing: null, count: 42,
    node: { id: 'city:durres', name: 'Durrës', aliases: ['Durazzo'], rank: 3 },
    rel: { type: 'HELD_IN', basis: 'SOURCE' },
    list: [1, 'two', { three: 3 }],
    date: '2017-05-12',
  });
});
