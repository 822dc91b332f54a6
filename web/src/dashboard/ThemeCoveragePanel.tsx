import { DashboardThemeCoverageDocument, type DashboardThemeCoverageQuery } from '../generated/graphql';
import { useQuery } from '../hooks/useQuery';
import { describe } from '../format/describe';
import { fieldLabel } from '../format/fieldLabel';
import { ChartPanel } from '../components/ChartPanel';
import type { Column } from '../components/DataTable';
import { EntityLink } from '../components/EntityLink';
import { countColumns } from './countColumns';
import { countsChart } from './countsChart';
import { selectRows } from './selectRows';
import type { RegionScope } from './regionScope';

type Row = DashboardThemeCoverageQuery['themeCoverage'][number];

const HEADING = 'Themes by events';
const COUNTS = ['events', 'cities', 'countries'] as const;
const COLUMNS: Column<Row>[] = [{ header: fieldLabel('theme'), cell: (row) => <EntityLink entity={row.theme} hideKind /> }, ...countColumns<'ThemeCoverage', (typeof COUNTS)[number], Row>('ThemeCoverage', COUNTS)];
const chart = (rows: Row[]) => countsChart(rows, (row) => row.theme.name, COUNTS, HEADING.toLowerCase());

/** themeCoverage: per theme, the events that covered it and the cities and countries they reached. */
export function ThemeCoveragePanel({ region }: { region: RegionScope }) {
  const state = useQuery(DashboardThemeCoverageDocument, { regionId: region.id });
  return (
    <ChartPanel
      id="theme-coverage"
      heading={HEADING}
      description={describe('ThemeCoverage')}
      what="theme coverage"
      state={selectRows(state, (data) => data.themeCoverage)}
      empty="No themes."
      caption={region.caption(HEADING)}
      columns={COLUMNS}
      rowKey={(row) => row.theme.id}
      chart={chart}
    />
  );
}
