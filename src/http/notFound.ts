import type { RequestHandler } from 'express';
import { errorBody } from './errorBody';

/** Last route: anything no route answered gets a 404 JSON error (never Express's HTML "Cannot GET"). */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json(errorBody('Not found: this server answers /graphql, /health and /export.', 'NOT_FOUND'));
};
