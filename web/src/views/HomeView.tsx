import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { StatsDocument } from '../generated/graphql';
import { searchPath } from '../format/searchLocation';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useModel } from '../hooks/useModel';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { NetworkAtAGlance } from '../components/NetworkAtAGlance';
import { SearchBox } from '../components/SearchBox';
import type { SearchArrival } from './SearchView';
import { GRAPHIQL_PATH } from '../graphiqlPath';

/** The first view (/): the search box, the network at a glance (counts per kind from the API), and the other views. */
export function HomeView() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const stats = useQuery(StatsDocument, {});
  const model = useModel();
  useDocumentTitle('Explorer');
  const search = (words: string) => navigate(searchPath({ q: words, kinds: [] }), { state: { typing: true } satisfies SearchArrival });
  return (
    <>
      <h1>SCN Graph explorer</h1>
      <SearchBox
        value={text}
        onChange={(words) => {
          setText(words);
          // Typing here goes on in the search view, its results appearing as you type.
          if (words.trim()) search(words);
        }}
        onSubmit={() => search(text)}
      />
      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading">The network at a glance</h2>
        {stats.status === 'loading' || model.status === 'loading' ? <Loading what="the counts" /> : null}
        {stats.status === 'error' ? <ErrorMessage error={stats.error} what="the counts" /> : null}
        {model.status === 'error' ? <ErrorMessage error={model.error} what="the kinds" /> : null}
        {stats.status === 'done' && model.status === 'done' ? <NetworkAtAGlance stats={stats.data.stats} model={model.data} /> : null}
      </section>
      <section aria-labelledby="more-heading">
        <h2 id="more-heading">More ways in</h2>
        <ul className="more-ways">
          <li><Link to="/path">Path finder</Link>: the shortest paths between two entities, step by step with evidence.</li>
          <li><Link to="/dashboard">Dashboard</Link>: themes, countries, events per year and membership as charts and tables.</li>
          {GRAPHIQL_PATH ? <li><a href={GRAPHIQL_PATH}>GraphiQL</a>: ask the GraphQL API directly.</li> : null}
        </ul>
      </section>
    </>
  );
}
