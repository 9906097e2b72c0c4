import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { BROTLI_SUFFIX } from './search-precompress.ts';
import { cacheControlOf, contentTypeOf, isCompressible } from './site-content-types.ts';
import { siteSecurityHeaders } from './site-headers.ts';

export interface StaticServerOptions {
  /** Where the site's comment form posts (the snapshot's commentEndpoint): the CSP allows it. */
  commentEndpoint?: string;
}

/**
 * Serves a static site directory. `root` is called per request so that the publish pipeline can
 * switch the live directory (a symlink) atomically while the server keeps running.
 * Only regular files whose real path (symlinks resolved) lies inside the root are served, and
 * nothing under a name starting with a dot: a release holds nothing else worth showing.
 */
export function createStaticServer(root: () => string, options: StaticServerOptions = {}): Server {
  const security = siteSecurityHeaders(options.commentEndpoint);
  return createServer(async (request, response) => {
    const reply = (status: number, body: string) => {
      response.writeHead(status, { ...security, 'content-type': 'text/plain; charset=utf-8' });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, '不支持的请求方法');

    let base: string;
    try {
      base = await realpath(root());
    } catch {
      return reply(503, '站点尚未发布，请稍后再试。');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return reply(400, '无效的地址');
    }
    if (pathname.includes('\0')) return reply(400, '无效的地址');

    // `..` is a dot segment too: no path can climb out of the root before it is resolved.
    const file = hasDotSegment(pathname) ? undefined : await resolveFile(base, pathname);
    if (!file) {
      const notFound = await servableFile(base, join(base, '404.html'));
      if (notFound) return send(notFound, 404);
      return reply(404, '页面不存在');
    }
    return send(file, 200);

    async function send(path: string, status: number) {
      const accepted = String(request.headers['accept-encoding'] ?? '');
      // A precompressed brotli copy written at publish time (search-precompress.ts) wins when the
      // browser takes brotli; otherwise the file itself, gzipped on the fly if it is text.
      const brotliCopy = /\bbr\b/.test(accepted) ? await servableFile(base, path + BROTLI_SUFFIX) : undefined;
      const brotli = brotliCopy !== undefined;
      const served = brotliCopy ?? path;
      const info = await stat(served);
      const gzip = !brotli && isCompressible(path) && /\bgzip\b/.test(accepted);
      response.writeHead(status, {
        ...security,
        'content-type': contentTypeOf(path),
        ...(brotli ? { 'content-encoding': 'br' } : {}),
        ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': info.size }),
        vary: 'accept-encoding',
        'cache-control': cacheControlOf(path),
      });
      if (request.method === 'HEAD') return response.end();
      const body = createReadStream(served);
      if (gzip) body.pipe(createGzip()).pipe(response);
      else body.pipe(response);
    }
  });
}

const hasDotSegment = (path: string) => path.split(/[\\/]/).some((segment) => segment.startsWith('.'));

/**
 * The real path of `path` when it is a regular file inside `base` (a real path itself) reached
 * without dot segments; otherwise undefined. A symlink inside a release cannot lead out of it.
 */
async function servableFile(base: string, path: string): Promise<string | undefined> {
  const real = await realpath(path).catch(() => undefined);
  if (!real || !real.startsWith(base + sep) || hasDotSegment(relative(base, real))) return undefined;
  return (await stat(real).then((s) => s.isFile(), () => false)) ? real : undefined;
}

async function resolveFile(base: string, pathname: string): Promise<string | undefined> {
  const candidate = join(base, pathname);
  const file = await servableFile(base, candidate);
  if (file) return file;
  if (pathname.endsWith('/') || !extname(pathname)) return servableFile(base, join(candidate, 'index.html'));
  return undefined;
}
