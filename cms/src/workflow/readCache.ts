import type { Payload, PayloadRequest } from 'payload';

/**
 * Reads that one trusted unit of work lets the workflow share. The 梳理表 import submits thousands
 * of guides in one transaction; without sharing, each row read its guide about fifteen times (the
 * adjustment's hook and the submission each build the proposal; the case, the procedure and the
 * notice read it again) and the same units, regions, law register and settings once per row.
 *
 * Only server code registers a cache, on a request object it created itself (`shareReads`); the
 * map below is private to this module, so nothing a client sends — body, query, headers, GraphQL
 * variables — can put a document here. A request without a registered cache (every REST, GraphQL
 * and ordinary Local API call) reads afresh, exactly as before.
 */
export interface ReadCache {
  /** Documents the unit of work never writes while the cache lives: units, regions, laws, procedures, settings, calendar. */
  stable: Map<string, unknown>;
  /** One row's guide (drafts, published, versions, proposal): valid while the row's guide is not written again. */
  row: Map<string, unknown>;
}

export type ReadScope = keyof ReadCache;

const caches = new WeakMap<PayloadRequest, ReadCache>();

/** Lets `req` (and nothing else) reuse the reads in `cache`; the caller must not write what `stable` holds while it lives. */
export function shareReads(req: PayloadRequest, cache: ReadCache): void {
  caches.set(req, cache);
}

/** Whether `req` shares reads: a caller may then read a whole document it would otherwise read in part. */
export const sharesReads = (req: PayloadRequest): boolean => caches.has(req);

/** A fresh row cache beside the unit of work's stable one. */
export const rowReads = (stable: Map<string, unknown>): ReadCache => ({ stable, row: new Map() });

/**
 * `read()` once per key and request cache; without a cache, every time. Each caller gets its own
 * copy, so one step changing what it was given never changes what the next step reads.
 */
export async function cachedRead<T>(req: PayloadRequest | { payload: Payload }, scope: ReadScope, key: string, read: () => Promise<T>): Promise<T> {
  // A bare { payload } (reads outside any request) was never registered, so it reads afresh.
  const cache = caches.get(req as PayloadRequest);
  if (!cache) return read();
  const kept = cache[scope];
  if (!kept.has(key)) kept.set(key, await read());
  return structuredClone(kept.get(key)) as T;
}

/**
 * Records what a read would return, for a fact the caller established by writing it in this
 * transaction (a guide it has just created as a draft has no published version).
 */
export function knownRead(req: PayloadRequest, scope: ReadScope, key: string, value: unknown): void {
  caches.get(req)?.[scope].set(key, value);
}

/** The key of a depth-0 read by id as the system. */
export const docKey = (collection: string, id: unknown, draft: boolean): string => `${collection}:${String(id)}:${draft ? 'draft' : 'published'}`;
