import { DashboardCountryActivityDocument, type DashboardCountryActivityQuery } from '../generated/graphql';
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

type Row = DashboardCountryActivityQuery['countryActivity'][number];

const HEADING = 'Countries by activity';
const COUNTS = ['hosted', 'participated', 'partners'] as const;
const COLUMNS: Column<Row>[] = [{ header: fieldLabel('country'), cell: (row) => <EntityLink entity={row.country} hideKind /> }, ...countColumns<'CountryActivity', (typeof COUNTS)[number], Row>('CountryActivity', COUNTS)];
const chart = (rows: Row[]) => countsChart(rows, (row) => row.country.name, COUNTS, HEADING.toLowerCase());

/** countryActivity: per country, the events it hosted and took part in, and the partners involved. */
export function CountryActivityPanel({ region }: { region: RegionScope }) {
  const state = useQuery(DashboardCountryActivityDocument, { regionId: region.id });
  return (
    <ChartPanel
      id="country-activity"
      heading={HEADING}
      description={describe('CountryActivity')}
      what="country activity"
      state={selectRows(state, (data) => data.countryActivity)}
      empty="No countries."
      caption={region.caption(HEADING)}
      columns={COLUMNS}
      rowKey={(row) => row.country.id}
      chart={chart}
    />
  );
}
