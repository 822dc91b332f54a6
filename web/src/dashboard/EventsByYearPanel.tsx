import { DashboardEventsByYearDocument, type DashboardEventsByYearQuery } from '../generated/graphql';
import { useQuery } from '../hooks/useQuery';
import { describe } from '../format/describe';
import { fieldLabel } from '../format/fieldLabel';
import { ChartPanel, type PanelChart } from '../components/ChartPanel';
import type { Column } from '../components/DataTable';
import { EntityLink } from '../components/EntityLink';
import { countColumns } from './countColumns';
import { NO_SERIES_COLOUR, seriesColour } from './charts';
import { selectRows } from './selectRows';
import type { RegionScope } from './regionScope';

type Row = DashboardEventsByYearQuery['eventsByYear'][number];

const HEADING = 'Events per year by region';
/** How a row without a region (events held in no region) is labelled. */
const NO_REGION = 'No region';

const COLUMNS: Column<Row>[] = [
  { header: fieldLabel('year'), cell: (row) => row.year },
  { header: fieldLabel('region'), note: describe('EventYearCount.region'), cell: (row) => (row.region ? <EntityLink entity={row.region} hideKind /> : NO_REGION) },
  ...countColumns<'EventYearCount', 'events', Row>('EventYearCount', ['events']),
];

/** Stacked bars: one bar a year, one series a region (in the API's order, by name), events in no region last. */
function chart(rows: Row[]): PanelChart {
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const series = new Map<string, { label: string; colour: string }>();
  for (const row of rows) {
    const key = row.region?.id ?? '';
    if (!series.has(key)) series.set(key, { label: row.region?.name ?? NO_REGION, colour: row.region ? seriesColour(series.size) : NO_SERIES_COLOUR });
  }
  const keys = [...series.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : 0));
  const count = (key: string, year: number) => rows.find((row) => (row.region?.id ?? '') === key && row.year === year)?.events ?? 0;
  return {
    label: `Stacked bar chart, ${HEADING.toLowerCase()}: events in each year from ${years[0]} to ${years[years.length - 1]}, one series for each of ${keys.length} regions or none; the table gives the figures.`,
    height: 360,
    config: {
      type: 'bar',
      data: {
        labels: years.map(String),
        datasets: keys.map((key) => ({ label: series.get(key)!.label, data: years.map((year) => count(key, year)), backgroundColor: series.get(key)!.colour })),
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'top' } },
      },
    },
  };
}

/** eventsByYear: dated events per year, stacked by the region they were held in. */
export function EventsByYearPanel({ region }: { region: RegionScope }) {
  const state = useQuery(DashboardEventsByYearDocument, { regionId: region.id });
  return (
    <ChartPanel
      id="events-by-year"
      heading={HEADING}
      description={describe('EventYearCount')}
      what="events per year"
      state={selectRows(state, (data) => data.eventsByYear)}
      empty="No dated events."
      caption={region.caption(HEADING)}
      columns={COLUMNS}
      rowKey={(row) => `${row.year} ${row.region?.id ?? ''}`}
      chart={chart}
    />
  );
}
