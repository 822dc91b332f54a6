import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { HomeView } from './views/HomeView';
import { SearchView } from './views/SearchView';
import { EntityView } from './views/EntityView';
import { GraphView } from './views/GraphView';
import { PathView } from './views/PathView';
import { DashboardView } from './views/DashboardView';
import { NotFoundView } from './views/NotFoundView';

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
      { path: '/graph/:id', element: <GraphView /> },
      { path: '/path', element: <PathView /> },
      { path: '/dashboard', element: <DashboardView /> },
      { path: '*', element: <NotFoundView /> },
    ],
  },
];
