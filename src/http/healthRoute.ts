import { Request, Response } from 'express';
import { Database } from '../database/database';

/** GET /health: 200 with the Neo4j version and edition when the database answers, 503 when it does not. */
export function healthRoute(db: Database) {
  return async (_req: Request, res: Response) => {
    try {
      const info = await Promise.race([
        db.serverInfo(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 5_000).unref()),
      ]);
      res.status(200).json({ status: 'ok', neo4j: { reachable: true, version: info.version, edition: info.edition } });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: { reachable: false, version: null, edition: null } });
    }
  };
}
