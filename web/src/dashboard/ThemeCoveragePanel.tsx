import { DashboardThemeCoverageDocument, type DashboardThemeCoverageQuery } from '../generated/graphql';
import { entityCountsPanel } from './entityCountsPanel';

/** themeCoverage: per theme, the events that covered it and the cities and countries they reached. */
export const ThemeCoveragePanel = entityCountsPanel({
  id: 'theme-coverage',
  heading: 'Themes by events',
  what: 'theme coverage',
  empty: 'No themes.',
  type: 'ThemeCoverage',
  entityField: 'theme',
  entity: (row) => row.theme,
  counts: ['events', 'cities', 'countries'],
  document: DashboardThemeCoverageDocument,
  rows: (data: DashboardThemeCoverageQuery) => data.themeCoverage,
});
