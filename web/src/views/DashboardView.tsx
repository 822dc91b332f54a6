import { useSearchParams } from 'react-router';
import { DashboardFiltersDocument } from '../generated/graphql';
import { useQuery } from '../hooks/useQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { describe } from '../format/describe';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { RegionSelect } from '../components/RegionSelect';
import { ThemeCoveragePanel } from '../dashboard/ThemeCoveragePanel';
import { CountryActivityPanel } from '../dashboard/CountryActivityPanel';
import { EventsByYearPanel } from '../dashboard/EventsByYearPanel';
import { MembershipPanel } from '../dashboard/MembershipPanel';
import { regionScope } from '../dashboard/regionScope';

/** The URL's query parameter holding the region the aggregates are filtered to. */
const REGION_PARAM = 'region';

/**
 * The dashboard (/dashboard, ?region=<id>): the aggregates as charts, each with its data as a table: themes by
 * events, countries by activity, events per year by region, and membership over time where sources date counts.
 */
export function DashboardView() {
  const [params, setParams] = useSearchParams();
  const regionId = params.get(REGION_PARAM) ?? '';
  const filters = useQuery(DashboardFiltersDocument, {});
  const regions = filters.status === 'done' ? filters.data.regions.edges.map((edge) => edge.node) : [];
  const region = regions.find((r) => r.id === regionId) ?? null;
  useDocumentTitle(region?.name, 'Dashboard');

  const choose = (id: string) => setParams(id ? { [REGION_PARAM]: id } : {});

  let body;
  if (filters.status === 'loading') body = <Loading what="the regions and networks" />;
  else if (filters.status === 'error') body = <ErrorMessage error={filters.error} what="the regions and networks" />;
  else if (regionId && !region) {
    body = (
      <div className="error-message" role="alert">
        <p><strong>No region has the id <code>{regionId}</code>.</strong> Choose one of the regions above.</p>
      </div>
    );
  } else {
    const scope = regionScope(region);
    body = (
      <>
        <ThemeCoveragePanel region={scope} />
        <CountryActivityPanel region={scope} />
        <EventsByYearPanel region={scope} />
        {filters.data.networks.edges.map(({ node }) => <MembershipPanel key={`${node.id} ${scope.id ?? ''}`} network={node} region={scope} />)}
      </>
    );
  }

  return (
    <div className="dashboard">
      <h1>Dashboard{region ? `: ${region.name}` : ''}</h1>
      <RegionSelect regions={regions} value={regionId} onChange={choose} hint={describe('Query.themeCoverage(regionId)')} />
      {body}
    </div>
  );
}
