import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes';
import type { Payload } from 'payload';

/**
 * Starts Payload with the real CMS config on the database chosen by support/database.ts, and
 * calls the same REST and GraphQL route handlers `next start` serves, with real Request objects.
 */
export async function startCms(): Promise<Cms> {
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
    { token, body, form }: { token?: string; body?: unknown; form?: FormData } = {},
  ): Promise<ApiResult> {
    const url = new URL(`http://localhost/api${path}`);
    const headers = new Headers();
    if (token) headers.set('Authorization', `JWT ${token}`);
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

  async gql(query: string, token?: string): Promise<ApiResult> {
    const headers = new Headers({ 'Content-Type': 'application/json' });
    if (token) headers.set('Authorization', `JWT ${token}`);
    const response = await this.graphql(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }));
    return { status: response.status, body: await response.json() };
  }
}
