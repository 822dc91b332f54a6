import { Link } from 'react-router';

/** Any path the explorer does not know. */
export function NotFoundView() {
  return (
    <>
      <h1>Page not found</h1>
      <p><Link to="/">Back to search</Link></p>
    </>
  );
}
