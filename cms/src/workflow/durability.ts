import { sql } from '@payloadcms/db-postgres';
import { NotFound, type PayloadRequest } from 'payload';
import { idOf, type Doc, type Id } from './docs.ts';

/** The commit of a decision did not land (the adapter swallowed the failure): retry it whole. */
export class CommitLost extends Error {
  constructor() {
    super('commit lost');
  }
}

/**
 * Errors after which nothing of the attempt was kept and trying again can succeed: SQLite's
 * single writer was busy, PostgreSQL aborted a serialisation or deadlock, MongoDB a write conflict.
 */
export function isTransientWriteError(error: unknown): boolean {
  if (error instanceof CommitLost) return true;
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    parts.push(String((e as { message?: unknown }).message ?? e), String((e as { code?: unknown }).code ?? ''));
  }
  return /database is locked|SQLITE_BUSY|cannot begin transaction|could not serialize|deadlock detected|40001|40P01|WriteConflict|TransientTransactionError/i.test(parts.join(' '));
}

/** A short, growing, jittered wait, so colliding writers do not collide again in step. */
export function backOff(attempt: number): Promise<void> {
  const ms = Math.min(1000, 20 * attempt) + Math.random() * 50 * attempt;
  return new Promise((done) => setTimeout(done, ms));
}

/** Whether a review record written in a committed transaction is really in the database. */
export async function committed(req: PayloadRequest, record: Doc): Promise<boolean> {
  const id = idOf(record.id);
  if (id === undefined) return false;
  const found = await req.payload.find({ collection: 'review-records', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: true });
  return found.totalDocs === 1;
}


interface DrizzleSession {
  db: { execute(query: unknown): Promise<{ rows: unknown[] }> };
}

/**
 * Locks the adjustment for the rest of the decision's transaction, so concurrent decisions on one
 * case wait for each other and each reads the stage the previous one left; false if it does not
 * exist. PostgreSQL: `SELECT … FOR UPDATE`. A Payload update cannot serve as the lock there: it
 * reads the document before its UPDATE waits for the row, then writes that stale copy back over
 * the decision that held the lock (two identical submissions both succeeded that way). SQLite:
 * write transactions begin IMMEDIATE and run one at a time, so the whole decision is already
 * serialised. MongoDB: writing the document makes a concurrent transaction's write conflict,
 * which is retried.
 */
export function lockAdjustment(req: PayloadRequest, id: Id): Promise<boolean> {
  return lockRow(req, 'adjustments', id);
}

/**
 * The same lock on another document: 提交审核 from a guide's page locks the guide, so two
 * submissions at once cannot both find no open case and file two (see lockAdjustment). On MongoDB
 * the guide is written through the adapter (no hooks, no new version) to make the conflict.
 */
export async function lockRow(req: PayloadRequest, collection: 'adjustments' | 'implementations' | 'leases', id: Id): Promise<boolean> {
  const adapter = req.payload.db as unknown as { name?: string; sessions?: Record<string, DrizzleSession>; tables?: Record<string, { id: unknown }> };
  const transactionID = await req.transactionID;
  const session = transactionID === undefined ? undefined : adapter.sessions?.[String(transactionID)];
  const table = adapter.tables?.[collection];
  if (adapter.name === 'postgres' && session && table) {
    // Serial ids: a MongoDB-style id names nothing here (and would fail the integer cast).
    if (!/^\d+$/.test(String(id))) return false;
    const locked = await session.db.execute(sql`SELECT ${table.id} FROM ${table} WHERE ${table.id} = ${id} FOR UPDATE`);
    return locked.rows.length > 0;
  }
  if (adapter.name === 'mongoose' && collection === 'implementations') {
    return req.payload.db.updateOne({ collection, where: { id: { equals: id } }, data: {}, req }).then(Boolean, () => false);
  }
  if (adapter.name === 'mongoose') {
    return req.payload
      .update({ collection, id, data: {}, depth: 0, overrideAccess: true, req })
      .then(() => true)
      .catch((error: unknown) => {
        if (error instanceof NotFound) return false;
        throw error;
      });
  }
  const found = await req.payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req });
  return found.docs.length === 1;
}
