import type { Config } from 'payload';

type Adapter = ReturnType<Config['db']['init']>;

/** Wraps a database adapter so `then` runs on the connected adapter, right after Payload connects it. */
export function afterConnect(adapter: Config['db'], then: (db: Adapter) => Promise<void> | void): Config['db'] {
  const init = adapter.init;
  return {
    ...adapter,
    init: (args) => {
      const db = init(args);
      const connect = db.connect!;
      db.connect = async function (this: typeof db, options) {
        await connect.call(this, options);
        await then(this);
      };
      return db;
    },
  };
}
