import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../../scripts/lib/static-server.ts';

/** Serves a built site with the server `npm start` uses: directory → index.html, unknown → 404.html. */
export async function serveDist(root: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createStaticServer(() => root);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
