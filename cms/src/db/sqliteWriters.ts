import type { Config } from 'payload';
import { afterConnect } from './afterConnect.ts';

/** How long a SQLite writer waits for another (the CMS, the publish worker, an import) before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

interface LibsqlTransaction {
  readonly closed: boolean;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): void;
}

interface TransactingClient {
  execute(sql: string): Promise<unknown>;
  transaction(mode?: string): Promise<LibsqlTransaction>;
}

/**
 * One write transaction at a time within this process, the others queued in order. libsql runs
 * SQLite synchronously on the event loop: a connection that waits on `busy_timeout` for a lock
 * held by another connection *of the same process* freezes the loop, so the holder can never
 * finish, and the waiter fails after the full timeout. In-process writers therefore wait here,
 * without blocking; only a lock held by another process (the publish worker, an import) is waited
 * for by SQLite's busy handler, and that holder keeps running.
 */
class WriterQueue {
  private held = false;
  private readonly waiting: { grant: () => void }[] = [];

  /** Resolves with a release function; rejects as SQLite would when the wait exceeds the timeout. */
  acquire(timeoutMs: number): Promise<() => void> {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.held = false;
    };
    if (!this.held) {
      this.held = true;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(timer);
          resolve(release);
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        // Worded like SQLite's own error, so callers that retry busy writes retry this one too.
        reject(Object.assign(new Error('SQLITE_BUSY: database is locked (waited for another write transaction of this process)'), { code: 'SQLITE_BUSY' }));
      }, timeoutMs);
      this.waiting.push(entry);
    });
  }
}

/**
 * Makes SQLite's single writer wait instead of fail. libsql opens a new connection for every
 * transaction (the client hands its connection to the transaction and opens another lazily), and
 * `PRAGMA busy_timeout` belongs to a connection, so the adapter's own `busyTimeout` reaches only the
 * first one. Setting it on the connection just before it becomes a transaction's covers them all:
 * BEGIN IMMEDIATE (libsql's "write" transaction) then queues behind the other process's writer.
 * The PRAGMA and the BEGIN must reach the same connection, which holds only while no other
 * transaction of this process starts in between (it would take that connection and leave a fresh
 * one without the timeout, failing at once with `database is locked`): the writer queue ensures it.
 */
function waitForWriters(client: TransactingClient): void {
  const begin = client.transaction.bind(client);
  const queue = new WriterQueue();
  client.transaction = async (mode?: string) => {
    const release = await queue.acquire(SQLITE_BUSY_TIMEOUT_MS);
    let transaction: LibsqlTransaction;
    try {
      await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
      transaction = await begin(mode);
    } catch (error) {
      release();
      throw error;
    }
    // The next writer of this process goes once this one has ended, however it ends.
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    const close = transaction.close.bind(transaction);
    // A failed COMMIT leaves the transaction open until its rollback: the lock is still ours.
    transaction.commit = () =>
      commit().then(release, (error: unknown) => {
        if (transaction.closed) release();
        throw error;
      });
    transaction.rollback = () => rollback().finally(release);
    transaction.close = () => {
      try {
        close();
      } finally {
        release();
      }
    };
    return transaction;
  };
}

/** Wraps a SQLite adapter so every connection that writes waits for other writers. */
export function withWaitingWriters(adapter: Config['db']): Config['db'] {
  return afterConnect(adapter, (db) => {
    const client = (db as unknown as { client?: TransactingClient }).client;
    if (client && !(client as { __waits?: boolean }).__waits) {
      waitForWriters(client);
      (client as { __waits?: boolean }).__waits = true;
    }
  });
}
