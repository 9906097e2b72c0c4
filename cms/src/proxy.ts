import { NextResponse, type NextRequest } from 'next/server';
import { adminContentSecurityPolicy } from './security/headers.mjs';

/**
 * Gives every admin page a fresh script nonce: Next reads it from the request's
 * Content-Security-Policy header and stamps it on the inline scripts it renders, and the same
 * policy goes to the browser. API answers get their fixed policy from next.config.mjs.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = adminContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Pages only: not the API, not Next's hashed assets (which need no policy and should stay cacheable).
export const config = {
  matcher: [{ source: '/((?!api/|_next/static/|_next/image|favicon.ico).*)' }],
};
