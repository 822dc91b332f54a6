import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response: everything from this server, nothing from another host.
 * What the bundle (web/dist) needs beyond `'self'`, and why:
 * - `style-src 'unsafe-inline'`: GraphiQL's editor (Monaco) and its menus set styles at run time (style elements
 *   and attributes); the explorer's own styles are files.
 * - `img-src data:` and `font-src data:`: GraphiQL's stylesheet (graphiql/style.css from npm) carries its icons and
 *   its fonts inline as data: URLs; Monaco's icon font is a file of the bundle.
 * No `upgrade-insecure-requests` (helmet's default): the service speaks plain HTTP itself, so on a host that is not
 * loopback (HOST=0.0.0.0 on a LAN) the browser would ask for every script over https and get nothing; behind a TLS
 * proxy the page's same-origin URLs are https already.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'worker-src': ["'self'"],
};

/** helmet's headers on every response (nosniff, frame protection, no X-Powered-By) with the CSP above. */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
}
