import { NavLink, Outlet } from 'react-router';
import { GRAPHIQL_PATH } from '../graphiqlPath';

/** Every view's frame: a skip link, the site's navigation, and the view in <main>. */
export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <NavLink to="/" className="brand">SCN Graph</NavLink>
        <nav aria-label="Explorer">
          <ul>
            <li><NavLink to="/search">Search</NavLink></li>
            <li><NavLink to="/path">Path finder</NavLink></li>
            <li><NavLink to="/dashboard">Dashboard</NavLink></li>
            {GRAPHIQL_PATH ? <li><a href={GRAPHIQL_PATH}>GraphiQL</a></li> : null}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
