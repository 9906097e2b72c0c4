import { extname } from 'node:path';

/**
 * The Content-Type and Cache-Control of each file of a built site. One table for every server
 * of a release: the static server of `npm start` sends them, and the object-storage upload
 * (release-store/) stores them on each object, because a bucket behind a CDN has no other way to
 * know them. deploy/nginx/catalog.conf writes the same rules for nginx.
 */
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

export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Pages are fetched again on every visit, so a publication shows at once; other files may be cached five minutes. */
export function cacheControlOf(path: string): string {
  return extname(path).toLowerCase() === '.html' ? 'no-cache' : 'public, max-age=300';
}

/** Text worth compressing on the fly; Pagefind's own index files are gzipped already. */
export function isCompressible(path: string): boolean {
  return ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.csv', '.svg'].includes(extname(path).toLowerCase());
}
