import { createServer, type IncomingMessage } from 'node:http';
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes';
import { recordSocketAddresses } from '../../../cms/src/net/socketAddress.ts';

/**
 * One CMS process of the topology test: Payload with the real config on DATABASE_URL, serving the
 * same REST route handlers `next start` serves on 127.0.0.1:PORT (no admin pages, no Next build:
 * the admin build is shared and slow, and the API is what the decisions go through). Prints
 * `READY` once it answers.
 */
recordSocketAddresses();
const { getPayload } = await import('payload');
const { default: config } = await import('../../../cms/src/payload.config.ts');
await getPayload({ config });

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>;
const handlers: Record<string, Handler> = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) };

async function body(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const handler = handlers[req.method ?? 'GET'];
    if (!handler || !url.pathname.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const request = new Request(url, { method: req.method, headers, body: req.method === 'GET' ? undefined : ((await body(req)) as Uint8Array<ArrayBuffer> | undefined) });
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent);
    const response = await handler(request, { params: Promise.resolve({ slug }) });
    const text = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' }).end(text);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('READY'));
