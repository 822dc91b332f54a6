import type { RequestHandler } from 'express';
import { errorBody } from './errorBody';
import { EXPLORER_PATHS } from './webRoutes';

const ANSWERED = `/graphql, /health, /export, /graphiql (when on) and the explorer's views (${EXPLORER_PATHS.map((path) => path.replace(/:\w+/g, '…')).join(', ')})`;

/** Last route: anything no route answered gets a 404 JSON error (never Express's HTML "Cannot GET"). */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json(errorBody(`Not found: this server answers ${ANSWERED}.`, 'NOT_FOUND'));
};
