import { Database } from '../../src/database/database';
import { KIND_NAMES } from '../../src/model/kinds';
import { propertiesOf } from '../../src/model/properties';
import { openTestDatabase } from '../support/testDatabase';
import { runFixture } from '../support/cypherFixture';

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const entries = (rows: Record<string, unknown>[]) => rows.map((row) => `${String(row.label)}(${(row.properties as string[]).join(',')})`);

test('Schema: every kind of the model has a unique id under its label, and every id is unique across all entities', async () => {
  const constraints = entries(await runFixture(db, 'show-uniqueness-constraints'));
  expect(constraints).toEqual(expect.arrayContaining(['Entity(id)', ...KIND_NAMES.map((kind) => `${kind}(id)`)]));
});

test('Schema: every property the model marks indexed has a range index on its kind, beside the generic Entity indexes', async () => {
  const indexes = entries(await runFixture(db, 'show-range-indexes'));
  const declared = KIND_NAMES.flatMap((kind) => Object.entries(propertiesOf(kind)).filter(([, property]) => property.indexed).map(([name]) => `${kind}(${name})`));
  expect(declared).toContain('Country(isoCode)');
  expect(indexes).toEqual(expect.arrayContaining([...declared, 'Entity(kind)', 'Entity(sortName)', 'Entity(dateIso)']));
});
