import type { PayloadRequest } from 'payload';
import { idOf, type Doc } from './docs.ts';

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

/** Ids are numbers on SQL databases and 24 hex digits on MongoDB; anything else names nothing. */
export function isIdLike(value: unknown): boolean {
  return (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) || (typeof value === 'string' && /^(\d{1,15}|[0-9a-f]{24})$/i.test(value));
}
