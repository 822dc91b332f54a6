import type { RequestHandler } from 'express';
import { errorBody } from './errorBody';

/** For a path that only answers some methods: any other method gets 405 JSON with an Allow header. */
export function methodNotAllowed(allowed: string[]): RequestHandler {
  const allow = allowed.join(', ');
  return (req, res) => {
    res.status(405).set('Allow', allow).json(errorBody(`Method ${req.method} is not allowed here; use ${allow}.`, 'METHOD_NOT_ALLOWED'));
  };
}
