import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers on every response (nosniff, frame protection, no X-Powered-By, a strict CSP...).
 * GET /graphql is the exception for the CSP header only: in a browser it is Apollo's landing page,
 * which loads its sandbox from Apollo's CDN and carries its own nonce-based CSP in a meta tag;
 * helmet's `default-src 'self'` would blank it.
 */
export function securityHeaders(graphqlPath: string): RequestHandler {
  const strict = helmet();
  const landingPage = helmet({ contentSecurityPolicy: false });
  return (req, res, next) => (req.method === 'GET' && req.path === graphqlPath ? landingPage : strict)(req, res, next);
}
