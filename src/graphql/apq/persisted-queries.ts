import type { PersistedQueryOptions } from '@apollo/server';
// A dependency of @apollo/server (its own cache type); Apollo exports no constructor for it.
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';

/** The most text the APQ cache holds: about 2,000 dashboard operations of 4 KB. */
export const APQ_CACHE_MAX_BYTES = 8 * 2 ** 20;
/** How long a registered operation stays without being used again, in seconds (a working day). */
export const APQ_TTL_SECONDS = 24 * 60 * 60;

/**
 * Automatic persisted queries (Apollo APQ): a client sends `extensions.persistedQuery.sha256Hash`
 * alone; an unknown hash answers PERSISTED_QUERY_NOT_FOUND, the client resends hash and document,
 * which registers it. The cache is in memory and bounded (least recently used operations are dropped
 * past `APQ_CACHE_MAX_BYTES`, unused ones expire after `APQ_TTL_SECONDS`), so hashes cannot fill the heap.
 */
export function persistedQueries(): PersistedQueryOptions {
  return {
    cache: new InMemoryLRUCache<string>({ maxSize: APQ_CACHE_MAX_BYTES, ttl: APQ_TTL_SECONDS * 1000 }),
    ttl: APQ_TTL_SECONDS,
  };
}
