import { DashboardMembershipTimelineDocument, type DashboardMembershipTimelineQuery, type EntityRefFragment } from '../generated/graphql';
import { useQuery } from '../hooks/useQuery';
import { describe } from '../format/describe';
import { fieldLabel } from '../format/fieldLabel';
import { formatCount } from '../format/formatCount';
import { formatDate } from '../format/formatDate';
import { ChartPanel, type PanelChart } from '../components/ChartPanel';
import type { Column } from '../components/DataTable';
import { EntityLink } from '../components/EntityLink';
import { seriesColour } from './charts';
import { selectRows } from './selectRows';
import type { RegionScope } from './regionScope';

type Entry = DashboardMembershipTimelineQuery['membershipTimeline'][number];
/** A dated member count: a point of the chart. */
type Point = Entry & { date: NonNullable<Entry['date']>; count: NonNullable<Entry['count']> };

const HEADING = 'Membership over time';

const isDatedCount = (entry: Entry): entry is Point => entry.kind === 'COUNT' && entry.date !== null && entry.date !== undefined && entry.count !== null && entry.count !== undefined;

const COLUMNS: Column<Point>[] = [
  { header: fieldLabel('date'), note: describe('MembershipTimelineEntry.date'), cell: (point) => formatDate(point.date) },
  { header: fieldLabel('count'), note: describe('MembershipTimelineEntry.count'), numeric: true, cell: (point) => formatCount({ value: point.count.value, qualifier: point.count.qualifier }) },
  { header: fieldLabel('agreement'), note: describe('MembershipTimelineEntry.agreement'), cell: (point) => point.agreement },
  {
    header: fieldLabel('sources'),
    note: describe('MembershipTimelineEntry.sources'),
    cell: (point) => (
      <ul className="cell-list">
        {point.sources.map((source) => <li key={source.id}><EntityLink entity={source} hideKind /></li>)}
      </ul>
    ),
  },
];

/** A step line through the dated counts, in the API's (chronological) order; counts stated for one moment share its place. */
function chart(points: Point[]): PanelChart {
  const labels = [...new Set(points.map((point) => formatDate(point.date)))];
  return {
    label: `Line chart, ${HEADING.toLowerCase()}: ${points.length} member counts the sources state, dated from ${labels[0]} to ${labels[labels.length - 1]}; the table gives each with its sources.`,
    height: 320,
    config: {
      type: 'line',
      data: {
        labels,
        datasets: [{ label: fieldLabel('count'), data: points.map((point) => ({ x: formatDate(point.date), y: point.count.value })), borderColor: seriesColour(0), backgroundColor: seriesColour(0), stepped: 'before', pointRadius: 4 }],
      },
      options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
    },
  };
}

/**
 * membershipTimeline of one network (with a region: the region's counts): the dated member counts as a step line,
 * each with its sources in the table. Nothing at all when the sources date no count.
 */
export function MembershipPanel({ network, region }: { network: EntityRefFragment; region: RegionScope }) {
  const state = useQuery(DashboardMembershipTimelineDocument, { networkId: network.id, regionId: region.id });
  const points = selectRows(state, (data) => data.membershipTimeline.filter(isDatedCount));
  if (points.status === 'done' && points.data.length === 0) return null;
  const heading = `${HEADING}: ${network.name}`;
  return (
    <ChartPanel
      id={`membership-${network.id.replace(/[^a-z0-9-]/gi, '-')}`}
      heading={heading}
      description={describe('MembershipTimelineEntry')}
      what={`the membership of ${network.name}`}
      state={points}
      empty=""
      caption={region.caption(heading)}
      columns={COLUMNS}
      rowKey={(point) => `${point.date.iso} ${point.count.qualifier} ${point.count.value} ${point.sources.map((source) => source.id).join(' ')}`}
      chart={chart}
    />
  );
}
