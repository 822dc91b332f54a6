import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import express, { RequestHandler, Router } from 'express';
import { PROJECT_ROOT } from '../projectRoot';
import { errorBody } from './errorBody';

/** Where `npm run build:web` (scripts/ensure-web.js) writes the bundled explorer and GraphiQL. */
export const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

/**
 * The explorer's views. Each is a URL of its own (shareable, reloadable): the server answers every one of
 * them with the explorer's page, whose router (web/src/routes.ts) shows the view. Keep the two lists alike.
 */
export const EXPLORER_PATHS = ['/', '/search', '/entity/:id', '/graph/:id', '/path', '/dashboard'];

/**
 * The explorer's page names GraphiQL in this tag (web/index.html) so that its navigation links to it; the tag is
 * taken out of the page when GraphiQL is off, and the page then shows no link that would answer 404.
 */
const GRAPHIQL_TAG = /<meta name="scn-graphiql"[^>]*>\s*/;

export interface WebOptions {
  /** Serve GraphiQL at /graphiql (default: on in development, off in production). */
  graphiql: boolean;
  /** The built bundle; default WEB_DIST. */
  dist?: string;
}

/**
 * The browser side, served from the bundle in web/dist: hashed assets (cached for a year: their names change
 * with their content), the explorer's page at each of its views, and GraphiQL at /graphiql when it is on.
 * A browser's plain GET /graphql (no query) is sent to GraphiQL, or to the explorer when GraphiQL is off.
 */
export function webRoutes(options: WebOptions): Router {
  const router = Router();
  const dist = options.dist ?? WEB_DIST;
  const page = (file: string, edit?: (html: string) => string): RequestHandler => async (_req, res, next) => {
    const path = join(dist, file);
    if (!existsSync(path)) {
      res.status(503).json(errorBody('The explorer is not built: run `npm run build:web` (npm install and npm start do it).', 'WEB_NOT_BUILT'));
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    if (!edit) {
      res.sendFile(path);
      return;
    }
    try {
      res.type('html').send(edit(await readFile(path, 'utf8')));
    } catch (error) {
      next(error);
    }
  };
  router.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: true }));
  router.get(EXPLORER_PATHS, page('index.html', options.graphiql ? undefined : (html) => html.replace(GRAPHIQL_TAG, '')));
  if (options.graphiql) router.get('/graphiql', page(join('graphiql', 'index.html')));
  router.get('/graphql', (req, res, next) => {
    const browser = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (browser && req.query.query === undefined) res.redirect(302, options.graphiql ? '/graphiql' : '/');
    else next();
  });
  return router;
}
