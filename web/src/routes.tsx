import { ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { HomeView } from './views/HomeView';
import { SearchView } from './views/SearchView';
import { EntityView } from './views/EntityView';
import { DashboardView } from './views/DashboardView';
import { NotFoundView } from './views/NotFoundView';

/**
 * A view whose code is fetched when it is first shown: the network view and path finder draw with Cytoscape.js,
 * most of the explorer's weight, which the first view (search) does not need.
 */
function lazyView(load: () => Promise<ComponentType>) {
  const View = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading what="the view" />}>
      <View />
    </Suspense>
  );
}

/**
 * The explorer's views, each at a URL of its own. The server answers the same paths with this page
 * (EXPLORER_PATHS in src/http/webRoutes.ts): keep the two lists alike.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomeView /> },
      { path: '/search', element: <SearchView /> },
      { path: '/entity/:id', element: <EntityView /> },
      { path: '/graph/:id', element: lazyView(async () => (await import('./views/GraphView')).GraphView) },
      { path: '/path', element: lazyView(async () => (await import('./views/PathView')).PathView) },
      { path: '/dashboard', element: <DashboardView /> },
      { path: '*', element: <NotFoundView /> },
    ],
  },
];
