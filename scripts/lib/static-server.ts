import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { BROTLI_SUFFIX } from './search-precompress.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Text worth compressing; Pagefind's own index files are gzipped already. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.csv', '.svg']);

/**
 * Serves a static site directory. `root` is called per request so that the publish pipeline can
 * switch the live directory (a symlink) atomically while the server keeps running.
 */
export function createStaticServer(root: () => string): Server {
  return createServer(async (request, response) => {
    const reply = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
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
    const candidate = normalize(join(base, pathname));
    if (candidate !== base && !candidate.startsWith(base + sep)) return reply(403, '禁止访问');

    const file = await resolveFile(candidate, pathname);
    if (!file) {
      const notFound = join(base, '404.html');
      if (await isFile(notFound)) return send(notFound, 404);
      return reply(404, '页面不存在');
    }
    return send(file, 200);

    async function send(path: string, status: number) {
      const extension = extname(path).toLowerCase();
      const accepted = String(request.headers['accept-encoding'] ?? '');
      // A precompressed brotli copy written at publish time (search-precompress.ts) wins when the
      // browser takes brotli; otherwise the file itself, gzipped on the fly if it is text.
      const brotli = /\bbr\b/.test(accepted) && (await isFile(path + BROTLI_SUFFIX));
      const served = brotli ? path + BROTLI_SUFFIX : path;
      const info = await stat(served);
      const gzip = !brotli && compressible.has(extension) && /\bgzip\b/.test(accepted);
      response.writeHead(status, {
        'content-type': contentTypes[extension] ?? 'application/octet-stream',
        ...(brotli ? { 'content-encoding': 'br' } : {}),
        ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': info.size }),
        vary: 'accept-encoding',
        'x-content-type-options': 'nosniff',
        'cache-control': extension === '.html' ? 'no-cache' : 'public, max-age=300',
      });
      if (request.method === 'HEAD') return response.end();
      const body = createReadStream(served);
      if (gzip) body.pipe(createGzip()).pipe(response);
      else body.pipe(response);
    }
  });
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

async function resolveFile(candidate: string, pathname: string): Promise<string | undefined> {
  if (await isFile(candidate)) return candidate;
  if (pathname.endsWith('/') || !extname(pathname)) {
    const index = join(candidate, 'index.html');
    if (await isFile(index)) return index;
  }
  return undefined;
}
