/**
 * The typed client for dashboards (package export `scn-graph/client`): createScnClient, its error, and every
 * operation's typed document and result types generated from schema/schema.graphql (npm run codegen).
 */
export { createScnClient } from './createScnClient';
export type { ScnClient, ScnClientOptions } from './createScnClient';
export { ScnClientError } from './scnClientError';
export type { ScnGraphQLError } from './scnClientError';
export * from './generated/graphql';
