import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

test('Omitted arguments: themeCoverage with no arguments answers every theme', async () => {
  const data = await t.client.request<{ themeCoverage: { theme: { id: string }; events: number }[] }>(gql`{ themeCoverage { theme { id } events } }`);
  expect(data.themeCoverage.map((row) => row.theme.id)).toContain('theme:risk-assessment');
  expect(data.themeCoverage.some((row) => row.events > 0)).toBe(true);
});

test('Omitted arguments: countryActivity without regionId answers every country, the same as regionId: null', async () => {
  const omitted = await t.client.request<{ countryActivity: { country: { id: string }; hosted: number }[] }>(gql`{ countryActivity { country { id } hosted } }`);
  const explicitNull = await t.client.request<{ countryActivity: { country: { id: string }; hosted: number }[] }>(gql`{ countryActivity(regionId: null) { country { id } hosted } }`);
  expect(omitted.countryActivity.map((row) => row.country.id)).toContain('country:albania');
  expect(omitted).toEqual(explicitNull);
});

test('Omitted arguments: a statement parameter left undefined reaches Cypher as null', async () => {
  const rows = await t.db.read('country-activity', { regionId: undefined });
  expect(rows.length).toBeGreaterThan(0);
});
