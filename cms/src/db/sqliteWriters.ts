import type { Config } from 'payload';

/** How long a SQLite writer waits for another (the CMS, the publish worker, an import) before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

interface TransactingClient {
  execute(sql: string): Promise<unknown>;
  transaction(mode?: string): Promise<unknown>;
}

/**
 * Makes SQLite's single writer wait instead of fail. libsql opens a new connection for every
 * transaction (the client hands its connection to the transaction and opens another lazily), and
 * `PRAGMA busy_timeout` belongs to a connection, so the adapter's own `busyTimeout` reaches only the
 * first one. Setting it on the connection just before it becomes a transaction's covers them all:
 * BEGIN IMMEDIATE (libsql's "write" transaction) then queues behind the other process's writer.
 */
function waitForWriters(client: TransactingClient): void {
  const begin = client.transaction.bind(client);
  client.transaction = async (mode?: string) => {
    await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    return begin(mode);
  };
}

/** Wraps a SQLite adapter so every connection that writes waits for other writers. */
export function withWaitingWriters(adapter: Config['db']): Config['db'] {
  const init = adapter.init;
  return {
    ...adapter,
    init: (args) => {
      const db = init(args);
      const connect = db.connect!;
      db.connect = async function (this: typeof db, options) {
        await connect.call(this, options);
        const client = (this as unknown as { client?: TransactingClient }).client;
        if (client && !(client as { __waits?: boolean }).__waits) {
          waitForWriters(client);
          (client as { __waits?: boolean }).__waits = true;
        }
      };
      return db;
    },
  };
}
