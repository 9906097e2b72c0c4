import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync } from 'node:zlib';

const brotli = promisify(brotliCompress);

/** The suffix of a precompressed copy, as nginx `brotli_static`, Caddy `precompressed br` and the project's static server expect. */
export const BROTLI_SUFFIX = '.br';

/**
 * Files of a Pagefind bundle that a first search loads and that are worth a brotli copy: the
 * script, the wasm, the metadata, the index and filter chunks. Not the fragments: one tiny file
 * per item (a few hundred bytes gzipped), where brotli gains little and a sibling per item would
 * double the files every release and its hard-link copy carry.
 */
const PRECOMPRESSED = /(^pagefind\.js|^words\.json|\.pf_meta|\.pf_index|\.pf_filter|^wasm\..*\.pagefind)$/;

/** Pagefind gzips its binary files (fragments too) itself; its client accepts them decompressed when they start with this signature. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * Index and filter chunks (most of a bundle's bytes; a query loads a few) at brotli level 10, the
 * rest at 11. Measured at 10,000 items: level 11 makes the chunks 4 % smaller than 10 but takes
 * three times as long (5 s against 1.6 s on the bench machine), time the full rebuild's budget
 * (≤ 60 s at 10,000 items) cannot spare; the script, wasm and metadata take 0.3 s at 11.
 */
const CHUNK = /\.pf_(index|filter)$/;
const CHUNK_QUALITY = 10;

/** How many files are compressed at once (brotli runs on libuv's thread pool). */
const CONCURRENCY = 4;

/**
 * Writes `<file>.br` next to each file of a freshly written bundle that a search loads. The
 * Pagefind files stay exactly as Pagefind wrote them (gzip inside, served without
 * Content-Encoding), so a server that knows nothing of `.br` serves what it always did. A server
 * that does (the project's static server; nginx, Caddy, a CDN configured for it) sends the `.br`
 * copy with `Content-Encoding: br`; the browser undoes the brotli and Pagefind's client finds its
 * data already decompressed (it checks for the signature before gunzipping). The brotli copy holds
 * the gunzipped data recompressed at brotli's highest level: measured at 10,000 items, the
 * metadata and the wasm shrink by about a fifth, the index chunks by a quarter.
 *
 * Only adds new files: nothing existing is rewritten, so a bundle whose files are hard links
 * shared with a live release is safe (callers write into a fresh staging directory anyway).
 */
export async function writeBrotliCopies(bundleDir: string): Promise<number> {
  const files: string[] = [];
  for (const sub of ['', 'index', 'filter']) {
    const names = await readdir(join(bundleDir, sub)).catch(() => [] as string[]);
    for (const name of names) if (PRECOMPRESSED.test(name)) files.push(join(bundleDir, sub, name));
  }
  for (let start = 0; start < files.length; start += CONCURRENCY) {
    await Promise.all(files.slice(start, start + CONCURRENCY).map(writeBrotliCopy));
  }
  return files.length;
}

async function writeBrotliCopy(file: string): Promise<void> {
  const data = await readFile(file);
  const text = file.endsWith('.js') || file.endsWith('.json');
  const plain = text ? data : gunzipSync(data);
  if (!text && plain.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) {
    throw new Error(`Pagefind 文件 ${file} 解压后缺少签名，无法生成 brotli 压缩副本`);
  }
  const compressed = await brotli(plain, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: CHUNK.test(file) ? CHUNK_QUALITY : constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
    },
  });
  await writeFile(file + BROTLI_SUFFIX, compressed, { flag: 'wx' });
}
