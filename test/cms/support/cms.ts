import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes';
import type { Payload } from 'payload';
import { recordSocketAddresses, socketAddressHeader } from '../../../cms/src/net/socketAddress.ts';

/**
 * Starts Payload with the real CMS config on the database chosen by support/database.ts, and
 * calls the same REST and GraphQL route handlers `next start` serves, with real Request objects.
 */
export async function startCms(): Promise<Cms> {
  // As instrumentation.ts does in the server: the CMS then reads the socket address from a header
  // only this process writes, which these requests stand in for with `from`.
  recordSocketAddresses();
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../../cms/src/payload.config.ts');
  const payload = await getPayload({ config });
  return new Cms(payload, config);
}

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>;

export interface ApiResult<T = any> {
  status: number;
  body: T;
}

export class Cms {
  private readonly handlers: Record<'GET' | 'POST' | 'PATCH' | 'DELETE', Handler>;
  private readonly graphql: (request: Request) => Promise<Response>;

  constructor(
    readonly payload: Payload,
    config: Parameters<typeof REST_GET>[0],
  ) {
    this.handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) };
    this.graphql = GRAPHQL_POST(config);
  }

  /** Logs in through POST /api/users/login, as a browser would, and returns the JWT. */
  async login(email: string, password: string): Promise<string> {
    const { status, body } = await this.rest('POST', '/users/login', { body: { email, password } });
    if (status !== 200) throw new Error(`login ${email} failed: ${status} ${JSON.stringify(body)}`);
    return body.token as string;
  }

  async rest(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    { token, body, form, from, headers: extra }: { token?: string; body?: unknown; form?: FormData; from?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResult> {
    const url = new URL(`http://localhost/api${path}`);
    const headers = new Headers(extra);
    if (token) headers.set('Authorization', `JWT ${token}`);
    if (from) headers.set(socketAddressHeader, from);
    let payloadBody: BodyInit | undefined;
    if (form) {
      // Encoded up front: a streamed FormData body keeps being pushed after Payload aborts an
      // oversized upload, which a real socket would not do.
      const encoded = new Response(form);
      headers.set('Content-Type', encoded.headers.get('Content-Type')!);
      payloadBody = await encoded.arrayBuffer();
    }
    else if (body !== undefined) {
      headers.set('Content-Type', 'application/json');
      payloadBody = JSON.stringify(body);
    }
    const request = new Request(url, { method, headers, body: payloadBody });
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent);
    const response = await this.handlers[method](request, { params: Promise.resolve({ slug }) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** Any request as a client could send it (malformed bodies, lying headers); the answer unparsed. */
  async send(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, init: { headers?: Record<string, string>; body?: BodyInit; duplex?: 'half' } = {}): Promise<{ status: number; text: string }> {
    const url = new URL(`http://localhost/api${path}`);
    const request = new Request(url, { method, ...init } as RequestInit);
    const response = path === '/graphql' ? await this.graphql(request) : await this.handlers[method](request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent) }) });
    return { status: response.status, text: await response.text() };
  }

  /** `from`: the client's socket address, as the server records it. */
  async gql(query: string, token?: string, { from, headers: extra }: { from?: string; headers?: Record<string, string> } = {}): Promise<ApiResult> {
    const headers = new Headers({ 'Content-Type': 'application/json', ...extra });
    if (token) headers.set('Authorization', `JWT ${token}`);
    if (from) headers.set(socketAddressHeader, from);
    const response = await this.graphql(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }));
    return { status: response.status, body: await response.json() };
  }
}
