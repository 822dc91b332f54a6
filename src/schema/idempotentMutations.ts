import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, DocumentNode, GraphQLError, GraphQLSchema, Kind, SelectionSetNode } from 'graphql';
import type { Database } from '../database/database';
import { ClaimTaken, claim, IdempotencyClaim, requestHash, storeAnswer, StoredAnswer, storedAnswers } from '../curation/idempotentRequests';
import { HEADER } from '../http/httpHeaders';

/** What the idempotency of writes needs of a request's context. */
export interface IdempotencyContext {
  db: Database;
  viewer: { keyId: string } | null;
}

/** An Idempotency-Key: 1–100 characters of letters, digits and `_ . : -` (a UUID, say). */
const KEY_FORMAT = /^[A-Za-z0-9_.:-]{1,100}$/;

/** Mutations whose answer cannot be stored, and why (a retry with the key would have to answer without it). */
const NOT_REPLAYABLE: Readonly<Record<string, string>> = {
  createApiKey: "its answer holds the new key's secret, which is shown once and stored nowhere",
};

/** One mutation request made with an Idempotency-Key: what was stored for it before, and what it did now. */
interface KeyedRequest {
  apiKeyId: string;
  key: string;
  hash: string;
  stored: Map<string, StoredAnswer>;
  replayed: number;
  ran: number;
}

const badKey = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: HEADER.idempotencyKey, http: { status: 400 } } });

const reused = (key: string) =>
  new GraphQLError(`The ${HEADER.idempotencyKey} "${key}" was used for a different request (query, variables or operation name): use a new key for a new request.`, {
    extensions: { code: 'IDEMPOTENCY_KEY_REUSED', http: { status: 422 } },
  });

/** The mutation fields an operation selects, through fragments. */
function topLevelFields(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return topLevelFields(selection.selectionSet, document);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? topLevelFields(fragment.selectionSet, document) : [];
  });
}

/**
 * Writes safe to retry, declared once for every mutation: a mutation request with the header Idempotency-Key runs
 * each of its mutation fields (each one transaction, as without the key) in a write transaction that also claims
 * (API key, Idempotency-Key, field's response key) and stores the field's answer (src/curation/idempotentRequests.ts):
 * the write and its stored answer commit together. A retry with the same key and API key gets each stored answer
 * back and runs only the fields that did not commit (a document whose third field failed runs just that one again);
 * the answer of a fully replayed request carries `Idempotency-Replayed: true`. The same key with a different request
 * is a 422 IDEMPOTENCY_KEY_REUSED. Two requests at once with one key: the second waits for the first's claim, then
 * gets its answer. What a field's answer selects from the graph (a WriteResult's `entity`) is read when answered.
 *
 * Wraps the mutation fields of `schema` (one service's own schema object) in place and returns the plugin that
 * checks the header and the stored answers before any field runs.
 */
export function idempotentMutations<C extends IdempotencyContext>(schema: GraphQLSchema): ApolloServerPlugin<C> {
  const requests = new WeakMap<object, KeyedRequest>();

  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: C, info) => {
      const request = requests.get(context);
      const run = () => resolve(source, args, context, info);
      return request ? once(context.db, request, String(info.path.key), run) : run();
    };
  }

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, document, contextValue }) {
          const key = request.http?.headers.get(HEADER.idempotencyKey.toLowerCase());
          if (operation?.operation !== 'mutation' || key === undefined) return;
          if (!KEY_FORMAT.test(key)) throw badKey(`The ${HEADER.idempotencyKey} header must be 1–100 characters of letters, digits, '_', '.', ':' and '-'.`);
          const viewer = contextValue.viewer;
          // Without an API key the mutation is refused anyway (UNAUTHENTICATED): nothing to remember.
          if (!viewer) return;
          for (const name of topLevelFields(operation.selectionSet, document)) {
            const reason = NOT_REPLAYABLE[name];
            if (reason) throw badKey(`${name} cannot be made with an ${HEADER.idempotencyKey}: ${reason}. Send it without the header.`);
          }
          const hash = requestHash(request);
          const stored = await storedAnswers(contextValue.db, viewer.keyId, key);
          if (stored.some((answer) => answer.requestHash !== hash)) throw reused(key);
          requests.set(contextValue, { apiKeyId: viewer.keyId, key, hash, stored: new Map(stored.map((a) => [a.path, a])), replayed: 0, ran: 0 });
        },
        async willSendResponse({ response, contextValue }) {
          const request = requests.get(contextValue);
          if (request && request.replayed > 0 && request.ran === 0) response.http.headers.set(HEADER.idempotencyReplayed.toLowerCase(), 'true');
        },
      };
    },
  };
}

/** Runs one mutation field of a keyed request, or answers it from the store. */
async function once(db: Database, request: KeyedRequest, path: string, resolve: () => unknown): Promise<unknown> {
  const done = request.stored.get(path);
  if (done) return replay(request, done);
  const claimed: IdempotencyClaim = { apiKeyId: request.apiKeyId, key: request.key, path };
  try {
    const { value } = await db.sharedWriteTransaction(
      async (tx) => {
        await claim(tx, claimed, request.hash);
        return resolve();
      },
      (tx, value) => storeAnswer(tx, claimed, value),
      // A commit whose answer was lost landed when this field's answer is stored.
      { committed: async () => (await storedAnswers(db, request.apiKeyId, request.key)).some((a) => a.path === path) },
    );
    request.ran += 1;
    return value;
  } catch (error) {
    if (!(error instanceof ClaimTaken)) throw error;
    // Another request with this key committed this field while this one waited for its claim: answer with its answer.
    const answer = (await storedAnswers(db, request.apiKeyId, request.key)).find((a) => a.path === path);
    if (!answer) {
      throw new GraphQLError(`A request with the ${HEADER.idempotencyKey} "${request.key}" is in progress; retry it shortly for its answer.`, { extensions: { code: 'CONFLICT', http: { status: 409 } } });
    }
    if (answer.requestHash !== request.hash) throw reused(request.key);
    return replay(request, answer);
  }
}

function replay(request: KeyedRequest, answer: StoredAnswer): unknown {
  request.replayed += 1;
  return JSON.parse(answer.response) as unknown;
}
