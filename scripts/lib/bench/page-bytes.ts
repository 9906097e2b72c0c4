import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageBytes {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
}

const sizes = (content: Buffer): Bytes => ({ raw: content.length, gzip: gzipSync(content).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero: Bytes = { raw: 0, gzip: 0 };

/** What a first visit to one page downloads: its HTML and the stylesheets and scripts it links. */
export async function pageBytes(siteDir: string, pagePath: string): Promise<PageBytes> {
  const html = await readFile(join(siteDir, pagePath, 'index.html'));
  const text = html.toString();
  const refs = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!).filter((href) => href.startsWith('/'));
  const total = async (paths: string[]) => {
    let sum = zero;
    for (const path of new Set(paths)) sum = add(sum, sizes(await readFile(join(siteDir, decodeURI(path.split('?')[0]!)))));
    return sum;
  };
  const css = await total(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g));
  const js = await total([...refs(/<script[^>]+src="([^"]+)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)]);
  const htmlBytes = sizes(html);
  return { html: htmlBytes, css, js, total: add(add(htmlBytes, css), js) };
}

export async function directoryBytes(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, name));
    if (info.isFile()) {
      files += 1;
      bytes += info.size;
    }
  }
  return { files, bytes };
}

/**
 * An estimate of a first search's bytes from file sizes (script, entry, wasm, metadata, one index
 * chunk, five fragments), used only where Chromium is missing: the bench measures the real
 * transfer in the browser (search-browser.ts), which for a multi-word query is larger.
 */
export async function firstQueryBytes(pagefindDir: string): Promise<number> {
  const names = await readdir(pagefindDir, { recursive: true });
  const sizeOf = async (name: string) => (await stat(join(pagefindDir, name))).size;
  const mean = async (filter: (name: string) => boolean) => {
    const chosen = names.filter(filter);
    if (chosen.length === 0) return 0;
    let sum = 0;
    for (const name of chosen) sum += await sizeOf(name);
    return sum / chosen.length;
  };
  let total = 0;
  for (const name of names.filter((n) => n === 'pagefind.js' || n === 'pagefind-entry.json' || /^wasm\..*\.pagefind$/.test(n) || n.endsWith('.pf_meta'))) {
    total += await sizeOf(name);
  }
  total += await mean((n) => n.endsWith('.pf_index'));
  total += 5 * (await mean((n) => n.endsWith('.pf_fragment')));
  return Math.round(total);
}
