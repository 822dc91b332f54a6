import { Request, Response } from 'express';
import { Database } from '../database/database';
import { httpStatusOf, neo4jDetails, toGraphQLError } from '../database/neo4jErrors';
import { runWithDeadline, timeLeft } from '../database/deadline';
import { SHUTTING_DOWN } from './httpDrain';

/** /health's answer (503) while the service is stopping (see HttpDrain): load balancers take the instance out. */
export const STOPPING_HEALTH = { status: 'stopping', error: SHUTTING_DOWN, neo4j: null };

/** Longest a health check waits for Neo4j: load balancers give up on a probe after a few seconds. */
export const HEALTH_TIMEOUT_MS = 5_000;

/**
 * GET /health: 200 with the Neo4j version and edition when the database answers; 503 when it is down or
 * does not answer within HEALTH_TIMEOUT_MS (or the request deadline, if shorter; `error` gives the code, the log the reason).
 */
export function healthRoute(db: Database) {
  return async (req: Request, res: Response) => {
    try {
      const info = await runWithDeadline(Math.min(HEALTH_TIMEOUT_MS, timeLeft() ?? HEALTH_TIMEOUT_MS), () => db.serverInfo());
      res.status(200).json({ status: 'ok', neo4j: { reachable: true, version: info.version, edition: info.edition } });
    } catch (caught) {
      const error = toGraphQLError(caught);
      const code = String(error.extensions.code);
      req.log.warn({ code, ...neo4jDetails(error), err: error.originalError ?? error }, 'health: Neo4j does not answer');
      res.status(httpStatusOf(error) === 500 ? 500 : 503).json({ status: 'unavailable', error: code, neo4j: { reachable: false, version: null, edition: null } });
    }
  };
}
