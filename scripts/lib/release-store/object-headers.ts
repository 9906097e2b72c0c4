import { BROTLI_SUFFIX } from '../search-precompress.ts';
import { cacheControlOf, contentTypeOf } from '../site-content-types.ts';

/** What an object of a release carries besides its bytes. */
export interface ObjectHeaders {
  contentType: string;
  cacheControl: string;
  contentEncoding?: 'br' | 'gzip';
}

const precompressed = [
  [BROTLI_SUFFIX, 'br'],
  ['.gz', 'gzip'],
] as const;

/**
 * The headers of one file of a release (path relative to it, `/`-separated). A precompressed
 * copy — `x.br` or `x.gz` beside `x` in the same release (search-precompress.ts writes the `.br`
 * copies of Pagefind's files) — is stored with the type and caching of `x` plus Content-Encoding,
 * so a front (nginx, a CDN rule) that picks it for a browser taking that encoding can pass it on
 * as is. A file that merely ends in `.gz`, with no plain twin, is an ordinary download.
 */
export function objectHeaders(path: string, files: ReadonlySet<string>): ObjectHeaders {
  for (const [suffix, encoding] of precompressed) {
    const plain = path.slice(0, -suffix.length);
    if (path.endsWith(suffix) && files.has(plain)) {
      return { contentType: contentTypeOf(plain), cacheControl: cacheControlOf(plain), contentEncoding: encoding };
    }
  }
  return { contentType: contentTypeOf(path), cacheControl: cacheControlOf(path) };
}
