import type { NextFunction, Request, Response } from 'express';
import { runWithDeadline } from '../database/deadline';

/** Gives everything the request does a deadline: database work still waiting when it passes fails (DATABASE_TIMEOUT). */
export function requestDeadline(timeoutMs: number) {
  return (_req: Request, _res: Response, next: NextFunction) => runWithDeadline(timeoutMs, next);
}
