import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { requestBookmarks } from '../database/requestBookmarks';
import { HEADER } from '../http/httpHeaders';

/**
 * After a request that wrote, its answer carries the bookmark of its last write: as the response header
 * Neo4j-Bookmark and as `extensions.bookmark`. A client sends it back (request header Neo4j-Bookmark) so that its
 * next read, on whichever replica and cluster member, sees that write.
 */
export function bookmarkPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const written = requestBookmarks()?.written ?? [];
          if (written.length === 0) return;
          const bookmark = written.join(',');
          response.http.headers.set(HEADER.bookmark.toLowerCase(), bookmark);
          if (response.body.kind === 'single') response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmark };
        },
      };
    },
  };
}
