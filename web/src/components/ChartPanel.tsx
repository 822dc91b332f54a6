import { useMemo } from 'react';
import type { DashboardChartConfig } from '../dashboard/charts';
import type { QueryState } from '../hooks/useQuery';
import { ChartCanvas } from './ChartCanvas';
import { ColumnNotes } from './ColumnNotes';
import { Column, DataTable } from './DataTable';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

/** A chart drawn from a panel's rows: what Chart.js draws, its summary, its height. */
export interface PanelChart {
  config: DashboardChartConfig;
  label: string;
  height: number;
}

export interface ChartPanelProps<Row> {
  /** The heading's id (the section is labelled by it). */
  id: string;
  heading: string;
  /** What the figures are, in the API's words. */
  description: string;
  /** What is loading or failed to load, for those messages ("theme coverage"). */
  what: string;
  state: QueryState<Row[]>;
  /** Said when there are no rows. */
  empty: string;
  caption: string;
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  chart: (rows: Row[]) => PanelChart;
}

/** One aggregate of the dashboard: a heading, what it shows, then its chart with its data as a table beside it. */
export function ChartPanel<Row>(props: ChartPanelProps<Row>) {
  const { id, heading, description, what, state, empty } = props;
  return (
    <section className="chart-panel" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <p className="panel-description">{description}</p>
      {state.status === 'loading' ? <Loading what={what} /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} what={what} /> : null}
      {state.status === 'done' && state.data.length === 0 ? <p className="empty">{empty}</p> : null}
      {state.status === 'done' && state.data.length > 0 ? <PanelFigures {...props} rows={state.data} /> : null}
    </section>
  );
}

function PanelFigures<Row>({ rows, chart, caption, columns, rowKey }: ChartPanelProps<Row> & { rows: Row[] }) {
  const drawn = useMemo(() => chart(rows), [chart, rows]);
  return (
    <div className="chart-and-table">
      <ChartCanvas config={drawn.config} label={drawn.label} height={drawn.height} />
      <div className="panel-table">
        <DataTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} />
        <ColumnNotes columns={columns} />
      </div>
    </div>
  );
}
