import { DashboardCountryActivityDocument, type DashboardCountryActivityQuery } from '../generated/graphql';
import { entityCountsPanel } from './entityCountsPanel';

/** countryActivity: per country, the events it hosted and took part in, and the partners involved. */
export const CountryActivityPanel = entityCountsPanel({
  id: 'country-activity',
  heading: 'Countries by activity',
  what: 'country activity',
  empty: 'No countries.',
  type: 'CountryActivity',
  entityField: 'country',
  entity: (row) => row.country,
  counts: ['hosted', 'participated', 'partners'],
  document: DashboardCountryActivityDocument,
  rows: (data: DashboardCountryActivityQuery) => data.countryActivity,
});
